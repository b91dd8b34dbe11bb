using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Effectiveness;
using ServiceExcellence.Contracts.Goals;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.Audits.Messaging;

/// <summary>Keeps the latest status and cadence per KPI; an older event arriving late is ignored (by <c>OccurredAt</c>).</summary>
public sealed class KpiStatusChangedConsumer(AuditsDbContext db, ILogger<KpiStatusChangedConsumer> logger)
    : IntegrationEventConsumer<KpiStatusChanged, AuditsDbContext>(db, logger)
{
    protected override async Task HandleAsync(KpiStatusChanged message, CancellationToken cancellationToken)
    {
        var known = await Db.Set<KpiStatus>().SingleOrDefaultAsync(s => s.KpiId == message.KpiId, cancellationToken);
        if (known is null)
        {
            Db.Add(KpiStatus.Create(message.KpiId, message.DepartmentCode, message.Status, message.Cadence, message.OccurredAt));
        }
        else if (!known.Apply(message.Status, message.Cadence, message.OccurredAt))
        {
            logger.LogInformation("Ignored stale status {Status} of KPI {KpiId} from {OccurredAt}", message.Status, message.KpiId, message.OccurredAt);
        }
    }
}
