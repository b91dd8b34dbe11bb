using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Alerts;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Tracking;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.Goals.Alerts;

/// <summary>
/// Decides, after each judged measurement, whether a KPI's alert opens, gets worse or resolves itself: thresholds
/// (at-risk → warning, off-track → critical) or, for <c>control-chart</c> KPIs, the Western Electric rules
/// (rule 1 critical, rules 2–4 warning). Below the minimum sample nothing is judged, so nothing alerts.
/// </summary>
public sealed class AlertRules(GoalsDbContext db)
{
    private sealed record Breach(AlertSeverity Severity, string Rule, double? Threshold);

    public async Task EvaluateAsync(Goal goal, Kpi kpi, KpiMeasurement measurement, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!kpi.IsJudgeable(measurement.SampleSize))
        {
            return;
        }

        var breach = kpi.WarningRule == WarningRule.ControlChart
            ? await ChartBreachAsync(kpi, measurement, cancellationToken)
            : ThresholdBreach(kpi);
        var alert = await db.Alerts.SingleOrDefaultAsync(a => a.KpiId == kpi.Id && a.State != AlertState.Resolved, cancellationToken);
        if (breach is not null)
        {
            if (alert is null)
            {
                alert = Alert.Open(goal.Id, kpi.Id, goal.DepartmentCode, kpi.Metric ?? "", breach.Severity, breach.Rule,
                    measurement.Value, breach.Threshold, kpi.OwnerId ?? goal.OwnerId ?? "", now);
                db.Alerts.Add(alert);
                db.AddIntegrationEvent(AlertEvents.Breached(alert, kpi, now));
            }
            else if (alert.Breach(breach.Severity, breach.Rule, measurement.Value, breach.Threshold, now))
            {
                db.AddIntegrationEvent(AlertEvents.Breached(alert, kpi, now));
            }
        }
        else if (alert is not null && alert.BackOnGoodSide(t => kpi.Cadence.After(t), now))
        {
            db.AddIntegrationEvent(AlertEvents.Resolved(alert, now));
        }
    }

    private static Breach? ThresholdBreach(Kpi kpi) => kpi.Status switch
    {
        KpiStatus.AtRisk => new Breach(AlertSeverity.Warning, "threshold", kpi.WarningThreshold),
        KpiStatus.OffTrack => new Breach(AlertSeverity.Critical, "threshold", kpi.CriticalThreshold),
        _ => null,
    };

    /// <summary>The chart is fixed by the KPI's first measurements (its baseline window); until it has them, no chart alert.</summary>
    private async Task<Breach?> ChartBreachAsync(Kpi kpi, KpiMeasurement latest, CancellationToken cancellationToken)
    {
        var earlier = await db.Measurements.AsNoTracking().Where(m => m.KpiId == kpi.Id && m.Id != latest.Id)
            .OrderBy(m => m.ObservedAt).ThenBy(m => m.Id).Select(m => new ChartPoint(m.Value, m.SampleSize)).ToListAsync(cancellationToken);
        var points = earlier.Append(new ChartPoint(latest.Value, latest.SampleSize)).Where(p => kpi.IsJudgeable(p.SampleSize)).ToList();
        var usePChart = kpi.Metric is { } metric && MetricKeys.UsesPChart(metric);
        var chart = ChartFor(points, kpi.ChartWindow, usePChart);
        if (chart is null || WesternElectric.Check(chart, points, kpi.Direction) is not { } rule)
        {
            return null;
        }

        var (lower, upper) = chart.Limits(latest.SampleSize);
        return new Breach(rule.IsCritical() ? AlertSeverity.Critical : AlertSeverity.Warning, RuleName(rule),
            kpi.Direction == KpiDirection.Increase ? lower : upper);
    }

    /// <summary>The KPI's chart from its first <paramref name="window"/> points; null until there are that many.</summary>
    public static ControlChart? ChartFor(IReadOnlyList<ChartPoint> points, int window, bool usePChart)
    {
        if (points.Count < window)
        {
            return null;
        }

        var baseline = points.Take(window).ToList();
        return usePChart ? ControlChart.PChart(baseline) : ControlChart.XmR(baseline.Select(p => p.Value).ToList());
    }

    public static string RuleName(WesternElectricRule rule) => rule switch
    {
        WesternElectricRule.Beyond3Sigma => "beyond-3-sigma",
        WesternElectricRule.TwoOfThreeBeyond2Sigma => "two-of-three-beyond-2-sigma",
        WesternElectricRule.FourOfFiveBeyond1Sigma => "four-of-five-beyond-1-sigma",
        _ => "eight-on-one-side",
    };
}
