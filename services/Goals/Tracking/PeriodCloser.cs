using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Goals.Alerts;
using ServiceExcellence.Goals.Api.Goals;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Alerts;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Smart;
using ServiceExcellence.Goals.Domain.Tracking;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Goals.Tracking;

/// <summary>
/// Closes a goal's period (DOMAIN §2): each KPI achieved or missed, the goal achieved when all were, <c>GoalClosed</c>
/// published, and a proposal for the next period — baseline the period's actual (or the control chart's centre line),
/// target the old one or the best quartile of departments when better, flagged where achievability would fail.
/// </summary>
/// <remarks>
/// The "best quartile of departments" is taken over the latest actuals of the same metric that Goals itself tracks in
/// other departments' goals: Reporting's contract has no cross-department ranking of one metric yet.
/// </remarks>
public sealed class PeriodCloser(GoalsDbContext db, AchievabilityHistory history, OrganisationCalendar calendar)
{
    public async Task CloseAsync(Goal goal, CancellationToken cancellationToken)
    {
        var now = calendar.Now();
        var before = goal.Kpis.ToDictionary(k => k.Id, k => k.Status);
        var proposal = await ProposeAsync(goal, cancellationToken);
        var achieved = goal.Kpis.Select(k => k.Close()).ToList().All(met => met);
        goal.Close(achieved, JsonSerializer.Serialize(proposal, JsonDefaults.Options), now);
        GoalRules.PublishStatusChanges(db, goal, before, now);
        db.AddIntegrationEvent(GoalEvents.Closed(goal, now));
        await ResolveAlertsAsync(goal, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A closed period is no longer tracked, so its open alerts end with it rather than escalating forever.</summary>
    private async Task ResolveAlertsAsync(Goal goal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // By KPI, on the partial index of unresolved alerts per KPI.
        var kpiIds = goal.Kpis.Select(k => k.Id).ToList();
        var open = await db.Alerts.Where(a => kpiIds.Contains(a.KpiId) && a.State != AlertState.Resolved).ToListAsync(cancellationToken);
        foreach (var alert in open)
        {
            alert.Resolve($"The goal's period was closed ({KebabCase.Of(goal.Status)}).", null, automatically: true, now);
            db.AddIntegrationEvent(AlertEvents.Resolved(alert, now));
        }
    }

    private async Task<NextPeriodProposal> ProposeAsync(Goal goal, CancellationToken cancellationToken)
    {
        var (start, end) = NextPeriodPlanner.NextPeriod(goal.PeriodStart, goal.PeriodEnd);
        var kpis = new List<ProposedKpi>();
        foreach (var kpi in goal.Kpis.OrderBy(k => k.Id))
        {
            var (baseline, baselineSource) = await BaselineAsync(kpi, cancellationToken);
            var others = kpi.Metric is null || kpi.IsManual ? [] : await OtherDepartmentsAsync(kpi.Metric, goal.DepartmentCode, cancellationToken);
            var (target, targetSource) = NextPeriodPlanner.Target(kpi.Target, NextPeriodPlanner.BestQuartile(others, kpi.Direction), kpi.Direction);
            var best = await history.BestImprovementAsync(kpi.Metric, kpi.Direction, goal.DepartmentCode, start, end, cancellationToken);
            var smart = SmartCheck.Assess(new SmartGoal(goal.Title, goal.Description, goal.Category, goal.DepartmentCode, goal.OwnerId,
                goal.ParentGoalId, goal.StrategyLink, start, end, [new SmartKpi(kpi.Metric, kpi.Direction, kpi.Unit, baseline, target, best)]),
                start, creating: false);
            var warning = smart.Criteria.Single(c => c.Name == SmartCheck.Achievable).Reasons.FirstOrDefault();
            kpis.Add(new ProposedKpi(kpi.Id, kpi.Metric, baseline, baselineSource, target, targetSource, warning));
        }

        return new NextPeriodProposal(start, end, kpis);
    }

    private async Task<(double? Baseline, string Source)> BaselineAsync(Kpi kpi, CancellationToken cancellationToken)
    {
        if (kpi.WarningRule == WarningRule.ControlChart)
        {
            var points = await db.Measurements.AsNoTracking().Where(m => m.KpiId == kpi.Id).OrderBy(m => m.ObservedAt)
                .Select(m => new ChartPoint(m.Value, m.SampleSize)).ToListAsync(cancellationToken);
            var usePChart = kpi.Metric is { } metric && MetricKeys.UsesPChart(metric);
            if (AlertRules.ChartFor(points.Where(p => kpi.IsJudgeable(p.SampleSize)).ToList(), kpi.ChartWindow, usePChart) is { } chart)
            {
                return (chart.Centre, "centre-line");
            }
        }

        return (kpi.LastValue ?? kpi.Baseline, "actual");
    }

    /// <summary>
    /// The latest actual of the metric in each other department, a row per department, picked in one pass by the database
    /// (LINQ's group-then-first becomes a subquery per department that reads the metric's KPIs again each time).
    /// </summary>
    private Task<List<double>> OtherDepartmentsAsync(string metric, string departmentCode, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<double>($"""
            SELECT DISTINCT ON (g.department_code) k.last_value AS "Value"
            FROM kpis AS k JOIN goals AS g ON g.id = k.goal_id
            WHERE k.metric = {metric} AND k.last_value IS NOT NULL AND g.department_code <> {departmentCode}
            ORDER BY g.department_code, k.last_measured_at DESC NULLS LAST
            """).ToListAsync(cancellationToken);
}
