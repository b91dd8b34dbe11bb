using Microsoft.Extensions.Options;

namespace ServiceExcellence.Feedback.Complaints;

/// <summary>Runs <see cref="OverdueComplaintScanner.ScanAsync"/> on the configured interval of the service's <see cref="TimeProvider"/>.</summary>
public sealed class OverdueComplaintMonitor(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<OverdueScanOptions> options, ILogger<OverdueComplaintMonitor> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OverdueComplaintScanner>().ScanAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A failed scan (e.g. the database restarting) is retried on the next tick; nothing it did is committed.
                logger.LogError(e, "Overdue complaint scan failed; retrying in {Interval}", options.Value.Interval);
            }
        }
    }
}
