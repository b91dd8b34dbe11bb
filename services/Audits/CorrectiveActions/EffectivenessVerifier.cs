using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Effectiveness;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Audits.Messaging;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Audits.CorrectiveActions;

/// <summary>
/// The automatic effectiveness check: a done action of a nonconformity that names a KPI is verified once N cadences
/// have passed since it was done, effective or not by the KPI's latest status. A KPI with no decisive status yet
/// (none, insufficient data, stale) is left for a later scan; a person may still verify by hand meanwhile.
/// </summary>
public sealed class EffectivenessVerifier(
    AuditsDbContext db, TimeProvider time, IOptions<EffectivenessOptions> options, ILogger<EffectivenessVerifier> logger)
{
    public const string VerifiedBy = "system";

    private static readonly string[] DecisiveStatuses = ["on-track", "achieved", "at-risk", "off-track", "missed"];

    /// <summary>Verifies every action whose check is due by now; returns how many.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var now = time.StoredNow();
        // The shortest cadence is a day, so nothing done within the last N days can be due yet.
        var doneBy = now.AddDays(-options.Value.Cadences);
        var candidates = await (
                from action in db.Set<CorrectiveAction>()
                where action.State == CorrectiveActionState.Done && action.CompletedAt <= doneBy
                join nonconformity in db.Set<Nonconformity>() on action.NonconformityId equals nonconformity.Id
                join kpi in db.Set<KpiStatus>() on nonconformity.KpiId equals (Guid?)kpi.KpiId
                where DecisiveStatuses.Contains(kpi.Status)
                select new { Action = action, Nonconformity = nonconformity, kpi.Status, kpi.Cadence })
            .ToListAsync(cancellationToken);

        var verified = 0;
        foreach (var c in candidates)
        {
            var cadence = KpiEffectiveness.CadenceOf(c.Cadence, c.Nonconformity.KpiCadence);
            if (KpiEffectiveness.VerificationDueAt(c.Action.CompletedAt!.Value, cadence, options.Value.Cadences) > now ||
                KpiEffectiveness.VerdictOf(c.Status) is not { } effective)
            {
                continue;
            }

            c.Action.Verify(c.Nonconformity, effective, $"KPI status {c.Status} {options.Value.Cadences} × {c.Cadence} after completion.",
                automatic: true, VerifiedBy, now);
            db.AddVerificationEvents(c.Action, c.Nonconformity, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                verified++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone verified it by hand meanwhile: theirs stands; the rest waits for the next scan.
                logger.LogInformation("Action {ActionId} changed during automatic verification; left for the next scan", c.Action.Id);
                break;
            }
        }

        db.ChangeTracker.Clear();
        if (verified > 0)
        {
            logger.LogInformation("Verified {Count} corrective actions from their KPI's status", verified);
        }

        return verified;
    }
}
