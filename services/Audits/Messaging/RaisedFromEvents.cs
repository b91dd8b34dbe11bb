using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.Audits.Messaging;

/// <summary>Raises a nonconformity for another service's event, once per source id (complaint or KPI alert).</summary>
internal static class RaisedFromEvents
{
    public const string RaisedBy = "system";

    /// <summary>Adds it and its event unless that complaint or alert already raised one (a later breach or another cycle of it).</summary>
    public static async Task RaiseOnceAsync(AuditsDbContext db, Nonconformity nonconformity, ILogger logger, CancellationToken cancellationToken)
    {
        var exists = await db.Set<Nonconformity>().AnyAsync(
            n => n.Source == nonconformity.Source && n.SourceReference == nonconformity.SourceReference, cancellationToken);
        if (exists)
        {
            logger.LogInformation("{Source} {Reference} already raised a nonconformity", nonconformity.Source, nonconformity.SourceReference);
            return;
        }

        db.Add(nonconformity);
        db.AddIntegrationEvent(NonconformityEvents.Raised(nonconformity));
    }
}
