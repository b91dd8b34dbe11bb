using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Standards;
using ServiceExcellence.Audits.Messaging;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Audits.Api.Standards;

/// <summary>Service standards (SOPs): publish a version, read any version, list the latest versions.</summary>
internal static class StandardEndpoints
{
    public static async Task<Created<StandardResponse>> Publish(
        PublishStandardRequest request, ClaimsPrincipal user, AuditsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        user.EnsureMayPublishStandard(request.DepartmentCode);
        if (request.DepartmentCode is { } departmentCode)
        {
            await db.EnsureKnownDepartmentAsync(departmentCode, cancellationToken);
        }

        var previous = await db.Set<ServiceStandard>().AsNoTracking().Where(s => s.Code == request.Code)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(cancellationToken);
        var standard = ServiceStandard.Publish(previous, request.Code!, request.Title!, request.DepartmentCode, request.PassMark!.Value,
            request.Drafts(), user.Subject(), time.StoredNow());
        db.Add(standard);
        db.AddIntegrationEvent(StandardEvents.Published(standard));
        // A concurrent publish of the same code takes the same version number: the unique index answers 409.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/audits/standards/{standard.Code}?version={standard.Version}", StandardResponse.From(standard));
    }

    public static async Task<Ok<StandardResponse>> Get(
        string code, int? version, ClaimsPrincipal user, AuditsDbContext db, CancellationToken cancellationToken)
    {
        var standard = await FindAsync(db, code, version, cancellationToken)
            ?? throw new NotFoundException("Standard", version is null ? code : $"{code} version {version}");
        EnsureMayRead(user, standard.DepartmentCode);
        return TypedResults.Ok(StandardResponse.From(standard));
    }

    /// <summary>The latest version of every readable standard; with a department, those that apply to it (its own and the all-department ones).</summary>
    public static async Task<Ok<PagedResult<StandardSummaryResponse>>> List(
        string? departmentCode, int? page, int? pageSize, ClaimsPrincipal user, AuditsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        errors.CheckDepartmentCode(departmentCode);
        errors.ThrowIfAny();

        var standards = db.Set<ServiceStandard>().AsNoTracking();
        var query = standards.Where(s => !standards.Any(newer => newer.Code == s.Code && newer.Version > s.Version));
        if (departmentCode is not null)
        {
            user.EnsureMayRead(departmentCode);
            query = query.Where(s => s.DepartmentCode == null || s.DepartmentCode == departmentCode);
        }
        else if (user.ReadableDepartments() is { } departments)
        {
            var codes = departments.ToArray();
            query = query.Where(s => s.DepartmentCode == null || codes.Contains(s.DepartmentCode));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(s => s.Code).Skip(paging.Skip).Take(paging.PageSize)
            .Select(s => new StandardSummaryResponse(s.Code, s.Version, s.Title, s.DepartmentCode, s.PassMark, s.PublishedAt, s.Items.Count))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<StandardSummaryResponse>(items, paging.Page, paging.PageSize, total));
    }

    /// <summary>The version asked for, or the latest, with its items.</summary>
    public static Task<ServiceStandard?> FindAsync(AuditsDbContext db, string code, int? version, CancellationToken cancellationToken)
    {
        var query = db.Set<ServiceStandard>().AsNoTracking().Include(s => s.Items).Where(s => s.Code == code);
        query = version is { } v ? query.Where(s => s.Version == v) : query.OrderByDescending(s => s.Version);
        return query.FirstOrDefaultAsync(cancellationToken);
    }

    private static void EnsureMayRead(ClaimsPrincipal user, string? departmentCode)
    {
        if (departmentCode is null)
        {
            _ = user.ReadableDepartments(); // any staff role may read the all-department standards
        }
        else
        {
            user.EnsureMayRead(departmentCode);
        }
    }
}
