using Microsoft.Extensions.Options;
using ServiceExcellence.ServiceDefaults.Jobs;

namespace ServiceExcellence.Audits.CorrectiveActions;

/// <summary>
/// Runs <see cref="OverdueActionScanner.ScanAsync"/> and <see cref="EffectivenessVerifier.ScanAsync"/> on the configured
/// interval of the service's <see cref="TimeProvider"/>.
/// </summary>
public sealed class CorrectiveActionMonitor(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<CorrectiveActionJobOptions> options, ILogger<CorrectiveActionMonitor> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<OverdueActionScanner>().ScanAsync(cancellationToken);
        await services.GetRequiredService<EffectivenessVerifier>().ScanAsync(cancellationToken);
    }
}
