using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>Handlers that read goals: one with its KPIs, the paged list with its filters, and a goal's version history.</summary>
internal static class GoalQueryEndpoints
{
    public static async Task<Ok<GoalResponse>> Get(Guid id, ClaimsPrincipal user, GoalsDbContext db, CancellationToken cancellationToken)
    {
        var goal = await db.Goals.AsNoTracking().Include(g => g.Kpis).SingleOrDefaultAsync(g => g.Id == id, cancellationToken)
            ?? throw new NotFoundException("Goal", id);
        user.EnsureMayRead(goal);
        return TypedResults.Ok(GoalResponse.From(goal));
    }

    /// <summary>
    /// Goals, newest period first. Analysts and admins see every department, managers theirs, anyone else the goals they own.
    /// <c>activeOn</c> keeps goals whose period contains that date.
    /// </summary>
    public static async Task<Ok<PagedResult<GoalResponse>>> List(
        string? departmentCode, string? status, string? category, DateOnly? activeOn, int? page, int? pageSize,
        ClaimsPrincipal user, GoalsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var wantedStatus = KebabCaseEnum<GoalStatus>.Parse(status, "status", errors);
        var wantedCategory = KebabCaseEnum<GoalCategory>.Parse(category, "category", errors);
        errors.CheckDepartmentCode(departmentCode);
        errors.ThrowIfAny();

        var query = db.Goals.AsNoTracking();
        if (departmentCode is not null)
        {
            query = query.Where(g => g.DepartmentCode == departmentCode);
        }

        if (!user.ReadsAllDepartments())
        {
            var mine = user.HasAnyRole(Roles.Manager) ? user.Departments().ToArray() : [];
            var subject = user.Subject();
            query = query.Where(g => mine.Contains(g.DepartmentCode) || g.OwnerId == subject);
        }

        if (wantedStatus is { } s)
        {
            query = query.Where(g => g.Status == s);
        }

        if (wantedCategory is { } c)
        {
            query = query.Where(g => g.Category == c);
        }

        if (activeOn is { } day)
        {
            query = query.Where(g => g.PeriodStart <= day && g.PeriodEnd >= day);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(g => g.PeriodStart).ThenByDescending(g => g.Id)
            .Skip(paging.Skip).Take(paging.PageSize).Include(g => g.Kpis).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<GoalResponse>(items.Select(g => GoalResponse.From(g)).ToList(), paging.Page, paging.PageSize, total));
    }

    public static async Task<Ok<IReadOnlyList<GoalVersionResponse>>> History(
        Guid id, ClaimsPrincipal user, GoalsDbContext db, CancellationToken cancellationToken)
    {
        var goal = await db.Goals.AsNoTracking().Include(g => g.Kpis).SingleOrDefaultAsync(g => g.Id == id, cancellationToken)
            ?? throw new NotFoundException("Goal", id);
        user.EnsureMayRead(goal);
        var versions = await db.GoalVersions.AsNoTracking().Where(v => v.GoalId == id).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<GoalVersionResponse>>(versions.Select(v =>
        {
            var snapshot = JsonSerializer.Deserialize<GoalSnapshot>(v.Snapshot, JsonDefaults.Options)!;
            return new GoalVersionResponse(v.Number, v.CreatedAt, v.CreatedBy, v.Reason, snapshot.Status, snapshot.Goal);
        }).ToList());
    }
}
