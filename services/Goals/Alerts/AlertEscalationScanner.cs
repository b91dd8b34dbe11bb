using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Alerts;
using ServiceExcellence.Goals.Tracking;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Goals.Alerts;

/// <summary>
/// Runs the contingency clock: every unresolved alert past its acknowledgement or action-plan deadline is escalated
/// once per missed deadline to its parent department's manager (<c>AlertEscalated</c>), on the partial clock index.
/// </summary>
public sealed class AlertEscalationScanner(GoalsDbContext db, OrganisationCalendar calendar, ILogger<AlertEscalationScanner> logger)
{
    /// <summary>Escalates every deadline missed by now; returns how many escalations were made.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var now = calendar.Now();
        // No deadline is shorter than the critical acknowledgement, so younger clocks cannot be due.
        var oldest = now - ContingencyPolicy.AcknowledgeWithin(AlertSeverity.Critical);
        // Only an alert still lacking an acknowledgement it was not escalated for, or an action plan, can miss a deadline;
        // acknowledged and planned alerts, most of the open ones while their KPIs recover, are not read at all.
        var candidates = await db.Alerts
            .Where(a => a.State != AlertState.Resolved && a.ClockStartedAt <= oldest)
            .Where(a => (a.AcknowledgedAt == null && (a.LastEscalatedAt == null || a.LastEscalatedAt < a.ClockStartedAt))
                        || a.ActionPlanAt == null)
            .OrderBy(a => a.ClockStartedAt).ToListAsync(cancellationToken);
        var due = candidates.Select(a => (Alert: a, Missed: a.MissedDeadline(now))).Where(x => x.Missed is not null).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var codes = due.Select(x => x.Alert.DepartmentCode).Distinct().ToList();
        var parentOf = await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code))
            .ToDictionaryAsync(d => d.Code, d => d.ParentCode, cancellationToken);
        foreach (var (alert, missed) in due)
        {
            alert.Escalate(parentOf.GetValueOrDefault(alert.DepartmentCode), now);
            db.AddIntegrationEvent(AlertEvents.Escalated(alert, missed!.Value.Reason, missed.Value.DueAt, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Escalated {Count} KPI alerts", due.Count);
        return due.Count;
    }
}
