using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Audits.Api.Standards;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Audits;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Audits.Domain.Standards;
using ServiceExcellence.Audits.Messaging;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Audits.Api.Audits;

/// <summary>Records audits (with the nonconformities they raise and <c>AuditCompleted</c>, in one commit) and reads them.</summary>
internal static class AuditEndpoints
{
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public static async Task<Created<AuditResponse>> Record(
        RecordAuditRequest request, ClaimsPrincipal user, AuditsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var departmentCode = request.DepartmentCode!;
        user.EnsureMayRecordAudit(departmentCode);
        await db.EnsureKnownDepartmentAsync(departmentCode, cancellationToken);
        var now = time.StoredNow();
        if (request.ConductedAt!.Value > now + FutureTolerance)
        {
            throw new RequestValidationException("conductedAt", "'conductedAt' may be at most 5 minutes in the future.");
        }

        var standard = await StandardEndpoints.FindAsync(db, request.StandardCode!, request.StandardVersion, cancellationToken)
            ?? throw new RequestValidationException(request.StandardVersion is null ? "standardCode" : "standardVersion",
                $"No standard '{request.StandardCode}'{(request.StandardVersion is { } v ? $" version {v}" : "")} exists.");
        if (!standard.AppliesTo(departmentCode))
        {
            throw new RuleViolationException("Standard of another department",
                $"Standard '{standard.Code}' applies to department '{standard.DepartmentCode}', not '{departmentCode}'.");
        }

        var (audit, score) = Audit.Record(Guid.CreateVersion7(now), standard, departmentCode, request.Kind!.Value, request.AuditorId!,
            request.ConductedAt.Value.ToStoredPrecision(), request.Answers(), user.Subject(), now);
        var nonconformities = NonconformitiesOf(audit, standard, score, user.Subject(), now);
        db.Add(audit);
        foreach (var nonconformity in nonconformities)
        {
            db.Add(nonconformity);
            db.AddIntegrationEvent(NonconformityEvents.Raised(nonconformity));
        }

        var ids = nonconformities.Select(n => n.Id).ToList();
        db.AddIntegrationEvent(AuditEvents.Completed(audit, score, ids));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/audits/{audit.Id}", AuditResponse.From(audit, ids, score));
    }

    public static async Task<Ok<AuditResponse>> Get(Guid id, ClaimsPrincipal user, AuditsDbContext db, CancellationToken cancellationToken)
    {
        var audit = await db.Set<Audit>().AsNoTracking().Include(a => a.Results).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("Audit", id);
        user.EnsureMayRead(audit.DepartmentCode);
        var standard = await db.Set<ServiceStandard>().AsNoTracking().Include(s => s.Items)
            .SingleAsync(s => s.Id == audit.StandardId, cancellationToken);
        var ids = await NonconformityIdsAsync(db, [audit.Id], cancellationToken);
        return TypedResults.Ok(AuditResponse.Detailed(audit, standard, ids[audit.Id].ToList()));
    }

    public static async Task<Ok<PagedResult<AuditResponse>>> List(
        string? departmentCode, string? kind, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
        ClaimsPrincipal user, AuditsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var wantedKind = KebabCaseEnum<AuditKind>.Parse(kind, "kind", errors);
        if (from > to)
        {
            errors.Add("from", "'from' must not be after 'to'.");
        }

        errors.ThrowIfAny();
        var query = db.Set<Audit>().AsNoTracking().ReadableBy(user, departmentCode);

        if (wantedKind is { } k)
        {
            query = query.Where(a => a.Kind == k);
        }

        if (from is { } f)
        {
            query = query.Where(a => a.ConductedAt >= f);
        }

        if (to is { } t)
        {
            query = query.Where(a => a.ConductedAt < t);
        }

        var (audits, total) = await query.PageAsync(q => q.OrderByDescending(a => a.ConductedAt).ThenByDescending(a => a.Id), paging,
            cancellationToken);
        var ids = await NonconformityIdsAsync(db, audits.Select(a => a.Id).ToList(), cancellationToken);
        return TypedResults.Ok(new PagedResult<AuditResponse>(
            audits.Select(a => AuditResponse.From(a, ids[a.Id].ToList())).ToList(), paging.Page, paging.PageSize, total));
    }

    /// <summary>One nonconformity per failed critical item, and one for a score under the pass mark.</summary>
    private static List<Nonconformity> NonconformitiesOf(Audit audit, ServiceStandard standard, AuditScore score, string by, DateTimeOffset now)
    {
        var failed = audit.Results.Where(r => r.Outcome == AuditOutcome.Fail).Select(r => r.ItemId).ToHashSet();
        var raised = standard.Items.Where(i => i.Critical && failed.Contains(i.Id)).OrderBy(i => i.Position)
            .Select(i => Nonconformity.Raise(audit.DepartmentCode, NonconformitySource.Audit, audit.Id.ToString(),
                $"Critical item {i.Position} of standard {standard.Code} v{standard.Version} failed: {i.Text}",
                critical: true, kpiId: null, by, now, audit.Id))
            .ToList();
        if (score.IsUnder(standard.PassMark))
        {
            raised.Add(Nonconformity.Raise(audit.DepartmentCode, NonconformitySource.Audit, audit.Id.ToString(),
                string.Create(CultureInfo.InvariantCulture,
                    $"Audit score {score.Score:0.##} is under the pass mark {standard.PassMark:0.##} of standard {standard.Code} v{standard.Version}."),
                critical: false, kpiId: null, by, now, audit.Id));
        }

        return raised;
    }

    private static async Task<ILookup<Guid, Guid>> NonconformityIdsAsync(
        AuditsDbContext db, IReadOnlyList<Guid> auditIds, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Nonconformity>().AsNoTracking()
            .Where(n => n.AuditId != null && auditIds.Contains(n.AuditId.Value))
            .OrderBy(n => n.Id)
            .Select(n => new { AuditId = n.AuditId!.Value, n.Id })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.AuditId, r => r.Id);
    }
}
