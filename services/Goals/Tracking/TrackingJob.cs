using Microsoft.Extensions.Options;
using ServiceExcellence.Goals.Alerts;
using ServiceExcellence.ServiceDefaults.Jobs;

namespace ServiceExcellence.Goals.Tracking;

/// <summary>
/// The scheduler: on the configured interval of the service's <see cref="TimeProvider"/>, pulls every KPI whose cadence
/// is due (<see cref="KpiTracker.ScanDueAsync"/>) and escalates alerts past their deadlines (<see cref="AlertEscalationScanner.ScanAsync"/>).
/// </summary>
public sealed class TrackingJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<TrackingOptions> options, ILogger<TrackingJob> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<KpiTracker>().ScanDueAsync(cancellationToken);
        await services.GetRequiredService<AlertEscalationScanner>().ScanAsync(cancellationToken);
    }
}
