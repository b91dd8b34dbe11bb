using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Alerts;
using ServiceExcellence.Goals.Tracking;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Goals.Alerts;

/// <summary>
/// Runs the contingency clock: every unresolved alert past its acknowledgement or action-plan deadline is escalated
/// once per missed deadline to its parent department's manager (<c>AlertEscalated</c>), on the partial clock index, a
/// page at a time so that a backlog of open alerts is never loaded whole.
/// </summary>
public sealed class AlertEscalationScanner(
    GoalsDbContext db, OrganisationCalendar calendar, IOptions<TrackingOptions> options, ILogger<AlertEscalationScanner> logger)
{
    /// <summary>Escalates every deadline missed by now, a page at a time; returns how many escalations were made.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var now = calendar.Now();
        // No deadline is shorter than the critical acknowledgement, so younger clocks cannot be due.
        var oldest = now - ContingencyPolicy.AcknowledgeWithin(AlertSeverity.Critical);
        var pageSize = options.Value.EscalationPageSize;
        var escalated = 0;
        (DateTimeOffset ClockStartedAt, Guid Id)? after = null;
        while (true)
        {
            var page = await CandidatesAsync(oldest, after, pageSize, cancellationToken);
            escalated += await EscalateAsync(page, now, cancellationToken);
            if (page.Count < pageSize)
            {
                break;
            }

            after = (page[^1].ClockStartedAt, page[^1].Id);
        }

        if (escalated > 0)
        {
            logger.LogInformation("Escalated {Count} KPI alerts", escalated);
        }

        return escalated;
    }

    /// <summary>
    /// The next page of alerts that can still miss a deadline, in clock order after <paramref name="after"/>. Only an alert
    /// still lacking an acknowledgement it was not escalated for, or an action plan, can; acknowledged and planned alerts,
    /// most of the open ones while their KPIs recover, are not read at all.
    /// </summary>
    private Task<List<Alert>> CandidatesAsync(DateTimeOffset oldest, (DateTimeOffset ClockStartedAt, Guid Id)? after, int pageSize, CancellationToken cancellationToken)
    {
        var candidates = db.Alerts
            .Where(a => a.State != AlertState.Resolved && a.ClockStartedAt <= oldest)
            .Where(a => (a.AcknowledgedAt == null && (a.LastEscalatedAt == null || a.LastEscalatedAt < a.ClockStartedAt))
                        || a.ActionPlanAt == null);
        if (after is var (clock, id))
        {
            // The leading bound alone lets the clock index start the scan where the previous page ended.
            candidates = candidates.Where(a => a.ClockStartedAt >= clock && (a.ClockStartedAt > clock || a.Id.CompareTo(id) > 0));
        }

        return candidates.OrderBy(a => a.ClockStartedAt).ThenBy(a => a.Id).Take(pageSize).ToListAsync(cancellationToken);
    }

    /// <summary>Escalates the page's alerts that have missed a deadline and saves them, then forgets the page.</summary>
    private async Task<int> EscalateAsync(List<Alert> page, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = page.Select(a => (Alert: a, Missed: a.MissedDeadline(now))).Where(x => x.Missed is not null).ToList();
        if (due.Count > 0)
        {
            var codes = due.Select(x => x.Alert.DepartmentCode).Distinct().ToList();
            var parentOf = await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code))
                .ToDictionaryAsync(d => d.Code, d => d.ParentCode, cancellationToken);
            foreach (var (alert, missed) in due)
            {
                alert.Escalate(parentOf.GetValueOrDefault(alert.DepartmentCode), now);
                db.AddIntegrationEvent(AlertEvents.Escalated(alert, missed!.Value.Reason, missed.Value.DueAt, now));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        // A scan over many open alerts must not hold them all; what is saved need not stay tracked.
        foreach (var alert in page)
        {
            db.Entry(alert).State = EntityState.Detached;
        }

        return due.Count;
    }
}
