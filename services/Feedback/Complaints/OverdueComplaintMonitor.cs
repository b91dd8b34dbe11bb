using Microsoft.Extensions.Options;
using ServiceExcellence.ServiceDefaults.Jobs;

namespace ServiceExcellence.Feedback.Complaints;

/// <summary>Runs <see cref="OverdueComplaintScanner.ScanAsync"/> on the configured interval of the service's <see cref="TimeProvider"/>.</summary>
public sealed class OverdueComplaintMonitor(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<OverdueScanOptions> options, ILogger<OverdueComplaintMonitor> logger)
    : PeriodicJob(scopes, time, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OverdueComplaintScanner>().ScanAsync(cancellationToken);
}
