using System.Globalization;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Contracts.Goals;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Audits.Messaging;

/// <summary>A critical KPI alert raises a <c>kpi-alert</c> nonconformity naming the KPI, once per alert.</summary>
public sealed class KpiThresholdBreachedConsumer(AuditsDbContext db, TimeProvider time, ILogger<KpiThresholdBreachedConsumer> logger)
    : IntegrationEventConsumer<KpiThresholdBreached, AuditsDbContext>(db, logger)
{
    public const string Critical = "critical";

    protected override async Task HandleAsync(KpiThresholdBreached message, CancellationToken cancellationToken)
    {
        if (message.Severity != Critical)
        {
            return;
        }

        var description = string.Create(CultureInfo.InvariantCulture,
            $"KPI {message.MetricKey} broke its critical {message.Rule} limit: value {message.Value}") +
            (message.Threshold is { } threshold ? string.Create(CultureInfo.InvariantCulture, $", threshold {threshold}.") : ".");
        var nonconformity = Nonconformity.Raise(message.DepartmentCode, NonconformitySource.KpiAlert, message.AlertId.ToString(),
            description, critical: true, message.KpiId, RaisedFromEvents.RaisedBy, time.StoredNow(), kpiCadence: message.Cadence);
        await RaisedFromEvents.RaiseOnceAsync(Db, nonconformity, logger, cancellationToken);
    }
}
