using Microsoft.Extensions.Options;

namespace ServiceExcellence.Audits.CorrectiveActions;

/// <summary>
/// Runs <see cref="OverdueActionScanner.ScanAsync"/> and <see cref="EffectivenessVerifier.ScanAsync"/> on the configured
/// interval of the service's <see cref="TimeProvider"/>.
/// </summary>
public sealed class CorrectiveActionMonitor(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<CorrectiveActionJobOptions> options, ILogger<CorrectiveActionMonitor> logger)
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
                await scope.ServiceProvider.GetRequiredService<OverdueActionScanner>().ScanAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<EffectivenessVerifier>().ScanAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A failed scan (e.g. the database restarting) is retried on the next tick; nothing it did is committed.
                logger.LogError(e, "Corrective action jobs failed; retrying in {Interval}", options.Value.Interval);
            }
        }
    }
}
