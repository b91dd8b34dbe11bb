using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Tracking;
using ServiceExcellence.Goals.Tracking;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>Handlers that bring actuals in: a refresh from Reporting now, and manual measurements.</summary>
internal static class TrackingEndpoints
{
    /// <summary>Always 200 for a tracked goal: KPIs Reporting could not answer for come back <c>stale</c>.</summary>
    public static async Task<Ok<GoalResponse>> Refresh(Guid id, ClaimsPrincipal user, GoalsDbContext db, KpiTracker tracker,
        CancellationToken cancellationToken)
    {
        var goal = await GoalRules.LoadAsync(db, id, cancellationToken);
        user.EnsureMayManage(goal.DepartmentCode);
        EnsureTracked(goal);
        await tracker.RefreshAsync(goal, cancellationToken);
        return TypedResults.Ok(GoalResponse.From(goal));
    }

    public static async Task<Created<KpiResponse>> Measure(Guid id, Guid kpiId, MeasurementRequest request, ClaimsPrincipal user,
        GoalsDbContext db, KpiTracker tracker, OrganisationCalendar calendar, CancellationToken cancellationToken)
    {
        var goal = await GoalRules.LoadAsync(db, id, cancellationToken);
        var kpi = goal.Kpis.SingleOrDefault(k => k.Id == kpiId) ?? throw new NotFoundException("KPI", kpiId);
        user.EnsureMayMeasure(goal, kpi);
        EnsureTracked(goal);
        if (!kpi.IsManual)
        {
            throw new RuleViolationException("Not a manual KPI",
                $"KPI '{kpiId}' tracks '{kpi.Metric}', whose actuals come from Reporting; only manual:<name> KPIs take measurements by hand.");
        }

        var now = calendar.Now();
        var observedAt = request.ObservedAt ?? now;
        if (observedAt > now + TimeSpan.FromMinutes(5))
        {
            throw new RequestValidationException("observedAt", "'observedAt' may not be in the future.");
        }

        await tracker.RecordAsync(goal, kpi, request.Value!.Value, null, observedAt, MeasurementSource.Manual, user.Subject(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/goals/{id}", KpiResponse.From(kpi));
    }

    private static void EnsureTracked(Goal goal)
    {
        if (goal.Status != GoalStatus.Active)
        {
            throw new ConflictException("Goal is not being tracked",
                $"Goal '{goal.Id}' is {KebabCase.Of(goal.Status)}; only active goals are measured.");
        }
    }
}
