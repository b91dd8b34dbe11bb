using ServiceExcellence.Goals.Clients;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Smart;

namespace ServiceExcellence.Goals.Tracking;

/// <summary>
/// The best improvement a metric ever made in a department over a period as long as a goal's, from Reporting's
/// series of the three years before the goal starts: for a period of L series steps, the best change in the KPI's
/// direction between two points L steps apart. Without Reporting or history the SMART check only warns.
/// </summary>
public sealed class AchievabilityHistory(IServiceProvider services, ILogger<AchievabilityHistory> logger)
{
    public const int YearsOfHistory = 3;

    public async Task<double?> BestImprovementAsync(string? metric, KpiDirection direction, string departmentCode,
        DateOnly periodStart, DateOnly periodEnd, CancellationToken cancellationToken)
    {
        if (metric is null || MetricKeys.IsManual(metric) || periodEnd <= periodStart)
        {
            return null;
        }

        var days = periodEnd.DayNumber - periodStart.DayNumber + 1;
        var (granularity, steps) = days >= 60 ? ("month", (int)Math.Round(days / 30.44))
            : days >= 14 ? ("week", (int)Math.Round(days / 7.0))
            : ("day", days);
        try
        {
            // Resolved here, not injected: a missing Reporting endpoint then degrades like an outage instead of failing the request.
            var reporting = services.GetRequiredService<IReportingApi>();
            var series = await reporting.GetSeriesAsync(metric, departmentCode, periodStart.AddYears(-YearsOfHistory),
                periodStart.AddDays(-1), granularity, cancellationToken);
            return BestImprovement(series.Points.Select(p => p.Value).ToList(), steps, direction);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Reporting down or not configured: achievability falls back to a warning rather than blocking the manager.
            logger.LogWarning(e, "No history of {Metric} for {Department} from Reporting; achievability is a warning only", metric, departmentCode);
            return null;
        }
    }

    /// <summary>The best change in <paramref name="direction"/> between points <paramref name="steps"/> apart; null without a pair.</summary>
    public static double? BestImprovement(IReadOnlyList<double?> values, int steps, KpiDirection direction)
    {
        var sign = direction == KpiDirection.Increase ? 1 : -1;
        double? best = null;
        for (var i = 0; i + steps < values.Count; i++)
        {
            if (values[i] is { } from && values[i + steps] is { } to)
            {
                best = Math.Max(best ?? double.MinValue, sign * (to - from));
            }
        }

        return best;
    }

    /// <summary>The SMART view of the goal's KPIs, each with its history looked up.</summary>
    public async Task<SmartGoal> ForAsync(string departmentCode, GoalDefinition goal, CancellationToken cancellationToken)
    {
        var kpis = new List<SmartKpi>();
        foreach (var k in goal.Kpis)
        {
            var best = await BestImprovementAsync(k.Metric, k.Direction, departmentCode, goal.PeriodStart, goal.PeriodEnd, cancellationToken);
            kpis.Add(new SmartKpi(k.Metric, k.Direction, k.Unit, k.Baseline, k.Target, best));
        }

        return new SmartGoal(goal.Title, goal.Description, goal.Category, departmentCode, goal.OwnerId, goal.ParentGoalId,
            goal.StrategyLink, goal.PeriodStart, goal.PeriodEnd, kpis);
    }
}
