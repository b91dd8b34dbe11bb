using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Contracts.Clients;
using ServiceExcellence.Goals.Clients;
using ServiceExcellence.Goals.Alerts;
using ServiceExcellence.Goals.Api.Goals;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Tracking;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Goals.Tracking;

/// <summary>
/// Pulls KPI actuals from Reporting for the goal's period so far (periodStart .. min(today, periodEnd)), records them
/// and re-evaluates status and alerts. When Reporting fails — an error, a 5xx, a timeout or the open circuit — the KPI
/// keeps its last value marked <c>stale</c>, nothing throws, and it is tried again shortly.
/// </summary>
public sealed class KpiTracker(
    GoalsDbContext db, IServiceProvider services, AlertRules alerts, OrganisationCalendar calendar, ILogger<KpiTracker> logger)
{
    public const string ReportingSubject = "reporting";

    /// <summary>How soon a KPI is tried again after Reporting failed (or its cadence, if shorter).</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(15);

    public const int BatchSize = 100;

    /// <summary>Pulls every tracked KPI of the goal now (<c>POST /api/goals/{id}/refresh</c>) and saves.</summary>
    public async Task RefreshAsync(Goal goal, CancellationToken cancellationToken)
    {
        foreach (var kpi in goal.Kpis.Where(k => k is { IsManual: false, Metric: not null }))
        {
            await PullAsync(goal, kpi, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>One pass of the scheduler: pulls every KPI of an active goal whose cadence is due; returns how many were pulled.</summary>
    public async Task<int> ScanDueAsync(CancellationToken cancellationToken)
    {
        var now = calendar.Now();
        var goalIds = await db.Kpis.Where(k => k.NextDueAt != null && k.NextDueAt <= now).OrderBy(k => k.NextDueAt)
            .Select(k => k.GoalId).Take(BatchSize).Distinct().ToListAsync(cancellationToken);
        var goals = await db.Goals.Include(g => g.Kpis).Where(g => goalIds.Contains(g.Id)).AsSplitQuery().ToListAsync(cancellationToken);
        var pulled = 0;
        foreach (var goal in goals)
        {
            foreach (var kpi in goal.Kpis.Where(k => k.NextDueAt <= now))
            {
                if (goal.Status != GoalStatus.Active || kpi.IsManual || kpi.Metric is null)
                {
                    kpi.ScheduleNext(null);
                    continue;
                }

                await PullAsync(goal, kpi, cancellationToken);
                pulled++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return pulled;
    }

    /// <summary>Takes one actual (pulled or entered by hand): stores it, publishes it, re-evaluates status and alerts.</summary>
    public async Task<KpiMeasurement> RecordAsync(Goal goal, Kpi kpi, double value, long? sampleSize, DateTimeOffset observedAt,
        MeasurementSource source, string recordedBy, CancellationToken cancellationToken)
    {
        var now = calendar.Now();
        var previous = kpi.Status;
        var measurement = KpiMeasurement.Take(goal.Id, kpi.Id, value, sampleSize, observedAt, source, recordedBy, now);
        db.Measurements.Add(measurement);
        kpi.Record(value, sampleSize, observedAt, now);
        db.AddIntegrationEvent(GoalEvents.Measured(goal, kpi, measurement, now));
        PublishIfChanged(goal, kpi, previous, now);
        await alerts.EvaluateAsync(goal, kpi, measurement, now, cancellationToken);
        return measurement;
    }

    private async Task PullAsync(Goal goal, Kpi kpi, CancellationToken cancellationToken)
    {
        var now = calendar.Now();
        var today = calendar.Today();
        var to = today < goal.PeriodEnd ? today : goal.PeriodEnd;
        if (to < goal.PeriodStart)
        {
            // The period has not begun: nothing to measure yet.
            kpi.ScheduleNext(kpi.Cadence.After(now));
            return;
        }

        MetricValue actual;
        try
        {
            var reporting = services.GetRequiredService<IReportingApi>();
            actual = await reporting.GetMetricAsync(kpi.Metric!, goal.DepartmentCode, goal.PeriodStart, to, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Reporting did not answer for {Metric} of {Department} ({Error}); KPI {Kpi} is stale since {LastSuccess}",
                kpi.Metric, goal.DepartmentCode, e.GetType().Name + ": " + e.Message, kpi.Id, kpi.LastSuccessAt);
            var previous = kpi.Status;
            kpi.MarkStale();
            kpi.ScheduleNext(Earliest(now + RetryAfterFailure, kpi.Cadence.After(now)));
            PublishIfChanged(goal, kpi, previous, now);
            return;
        }

        if (actual.Value is { } value)
        {
            await RecordAsync(goal, kpi, value, actual.SampleSize, now, MeasurementSource.Reporting, ReportingSubject, cancellationToken);
        }
        else
        {
            var previous = kpi.Status;
            kpi.RecordNoData(now);
            PublishIfChanged(goal, kpi, previous, now);
        }

        kpi.ScheduleNext(kpi.Cadence.After(now));
    }

    private void PublishIfChanged(Goal goal, Kpi kpi, KpiStatus? previous, DateTimeOffset now)
    {
        if (kpi.Status is not null && kpi.Status != previous)
        {
            db.AddIntegrationEvent(GoalEvents.StatusChanged(goal, kpi, previous, now));
        }
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
