using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Audits.Messaging;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Audits.Api.Nonconformities;

/// <summary>Nonconformities: raise one by hand, list them, read one with its actions.</summary>
internal static class NonconformityEndpoints
{
    public static async Task<Created<NonconformityResponse>> Raise(
        RaiseNonconformityRequest request, ClaimsPrincipal user, AuditsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var departmentCode = request.DepartmentCode!;
        user.EnsureMayManageActions(departmentCode);
        await db.EnsureKnownDepartmentAsync(departmentCode, cancellationToken);

        var nonconformity = Nonconformity.Raise(departmentCode, request.Source ?? NonconformitySource.Manual,
            string.IsNullOrWhiteSpace(request.SourceReference) ? null : request.SourceReference.Trim(), request.Description!,
            request.Critical ?? false, request.KpiId, user.Subject(), time.StoredNow());
        db.Add(nonconformity);
        db.AddIntegrationEvent(NonconformityEvents.Raised(nonconformity));
        // A complaint or KPI alert raises one nonconformity: a second for the same id is a 409 from the unique index.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/audits/nonconformities/{nonconformity.Id}", NonconformityResponse.From(nonconformity, []));
    }

    public static async Task<Ok<NonconformityResponse>> Get(
        Guid id, ClaimsPrincipal user, AuditsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var nonconformity = await db.Set<Nonconformity>().AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken)
            ?? throw new NotFoundException("Nonconformity", id);
        user.EnsureMayRead(nonconformity.DepartmentCode);
        var now = time.StoredNow();
        var actions = await db.Set<CorrectiveAction>().AsNoTracking().Where(a => a.NonconformityId == id)
            .OrderBy(a => a.PlannedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(NonconformityResponse.From(nonconformity,
            actions.Select(a => CorrectiveActionResponse.From(a, now)).ToList()));
    }

    public static async Task<Ok<PagedResult<NonconformityResponse>>> List(
        string? departmentCode, string? state, int? page, int? pageSize, ClaimsPrincipal user, AuditsDbContext db,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var wantedState = KebabCaseEnum<NonconformityState>.Parse(state, "state", errors);
        errors.ThrowIfAny();

        var query = db.Set<Nonconformity>().AsNoTracking().ReadableBy(user, departmentCode);

        if (wantedState is { } s)
        {
            query = query.Where(n => n.State == s);
        }

        var (items, total) = await query.PageAsync(q => q.OrderByDescending(n => n.RaisedAt).ThenByDescending(n => n.Id), paging,
            cancellationToken);
        return TypedResults.Ok(new PagedResult<NonconformityResponse>(
            items.Select(n => NonconformityResponse.From(n)).ToList(), paging.Page, paging.PageSize, total));
    }
}
