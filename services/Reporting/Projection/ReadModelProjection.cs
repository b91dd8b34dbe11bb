using Npgsql;
using ServiceExcellence.Contracts;
using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Contracts.Goals;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting.Projection;

/// <summary>
/// The one code path from events to read models, used by live consumption and by rebuild alike. Events are applied in
/// the order given, as one round trip: feedback counts are summed into a single upsert (order-free), every other
/// effect is one statement of the same batch, run in order.
/// </summary>
public sealed class ReadModelProjection(OrganisationCalendar calendar)
{
    private readonly ComplaintProjection _complaints = new(calendar);
    private readonly AuditProjection _audits = new(calendar);
    private readonly ServqualProjection _servqual = new(calendar);
    private readonly GoalProjection _goals = new();

    /// <summary>Applies the events and returns the departments whose read models changed.</summary>
    public async Task<IReadOnlySet<string>> ApplyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        var daily = new DailyFeedbackProjection(calendar);
        await using var batch = new NpgsqlBatch(connection, transaction);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e is GoalDefined defined)
            {
                foreach (var command in _goals.Defined(defined))
                {
                    batch.BatchCommands.Add(command);
                }
            }
            else if (Apply(e, daily) is { } single)
            {
                batch.BatchCommands.Add(single);
            }
            else if (e is not (FeedbackReceived or ComplaintOpened))
            {
                continue; // an event no read model uses (yet): it stays in the log for a later rebuild
            }

            touched.Add(e.DepartmentCode);
        }

        if (daily.HasPending)
        {
            batch.BatchCommands.Add(daily.Flush());
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        return touched;
    }

    private NpgsqlBatchCommand? Apply(IIntegrationEvent e, DailyFeedbackProjection daily)
    {
        switch (e)
        {
            case FeedbackReceived feedback:
                daily.Add(feedback);
                return null;
            case ComplaintOpened opened:
                daily.Add(opened);
                return _complaints.Opened(opened);
            case ComplaintResponded responded: return _complaints.Responded(responded);
            case ComplaintResolved resolved: return _complaints.Resolved(resolved);
            case ComplaintClosed closed: return _complaints.Closed(closed);
            case ComplaintReopened reopened: return _complaints.Reopened(reopened);
            case ComplaintSlaBreached breached: return _complaints.SlaBreached(breached);
            case ServqualResponseRecorded servqual: return _servqual.Recorded(servqual);
            case AuditCompleted audit: return _audits.Completed(audit);
            case CorrectiveActionPlanned planned: return _audits.ActionPlanned(planned);
            case CorrectiveActionStarted started: return _audits.ActionStarted(started);
            case CorrectiveActionCompleted completed: return _audits.ActionCompleted(completed);
            case CorrectiveActionOverdue overdue: return _audits.ActionOverdue(overdue);
            case StaffAssessed assessed: return _audits.StaffAssessed(assessed);
            case GoalClosed closed: return _goals.Closed(closed);
            case KpiStatusChanged changed: return _goals.StatusChanged(changed);
            case KpiMeasured measured: return _goals.Measured(measured);
            case KpiThresholdBreached breached: return _goals.Breached(breached);
            case AlertAcknowledged acknowledged: return _goals.Acknowledged(acknowledged);
            case AlertEscalated escalated: return _goals.Escalated(escalated);
            case AlertResolved resolved: return _goals.Resolved(resolved);
            default: return null;
        }
    }
}
