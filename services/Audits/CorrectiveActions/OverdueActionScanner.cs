using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Audits.Messaging;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Audits.CorrectiveActions;

/// <summary>
/// Flags corrective actions past their due time and not done, publishing one <c>CorrectiveActionOverdue</c> each in the
/// same commit. The flag makes it once per action; <c>xmin</c> makes a concurrent scan (or a person's change) lose
/// rather than publish twice.
/// </summary>
public sealed class OverdueActionScanner(
    AuditsDbContext db, TimeProvider time, IOptions<CorrectiveActionJobOptions> options, ILogger<OverdueActionScanner> logger)
{
    /// <summary>Flags and publishes every action overdue by now; returns how many.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var now = time.StoredNow();
        var found = 0;
        int batch;
        do
        {
            var due = await db.Set<CorrectiveAction>()
                .Where(a => a.OverdueFlaggedAt == null &&
                    (a.State == CorrectiveActionState.Planned || a.State == CorrectiveActionState.InProgress) && a.DueAt < now)
                .OrderBy(a => a.DueAt).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
            foreach (var action in due)
            {
                action.FlagOverdue(now);
                db.AddIntegrationEvent(NonconformityEvents.Overdue(action, now));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Overdue scan met a concurrent change; the next scan picks up what is left");
                db.ChangeTracker.Clear();
                break;
            }

            db.ChangeTracker.Clear();
            batch = due.Count;
            found += batch;
        }
        while (batch == options.Value.BatchSize);

        if (found > 0)
        {
            logger.LogInformation("Flagged {Count} overdue corrective actions", found);
        }

        return found;
    }
}
