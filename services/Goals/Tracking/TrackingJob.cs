using Microsoft.Extensions.Options;
using ServiceExcellence.Goals.Alerts;

namespace ServiceExcellence.Goals.Tracking;

/// <summary>
/// The scheduler: on the configured interval of the service's <see cref="TimeProvider"/>, pulls every KPI whose cadence
/// is due (<see cref="KpiTracker.ScanDueAsync"/>) and escalates alerts past their deadlines (<see cref="AlertEscalationScanner.ScanAsync"/>).
/// </summary>
public sealed class TrackingJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<TrackingOptions> options, ILogger<TrackingJob> logger)
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
                await scope.ServiceProvider.GetRequiredService<KpiTracker>().ScanDueAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<AlertEscalationScanner>().ScanAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A failed pass (e.g. the database restarting) is retried on the next tick; nothing it did is committed.
                logger.LogError(e, "Goal tracking pass failed; retrying in {Interval}", options.Value.Interval);
            }
        }
    }
}
