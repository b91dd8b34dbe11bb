using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServiceExcellence.ServiceDefaults.Jobs;

/// <summary>
/// A background job that runs one pass per interval of the service's <see cref="TimeProvider"/> (so tests can drive it
/// with a manual clock), each pass in a scope of its own. A failed pass (e.g. the database restarting) is logged and
/// retried on the next tick; the passes commit their own work, so a failure leaves nothing half done.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The job's own logger, for what a pass reports.</summary>
    protected ILogger Logger { get; } = logger;

    /// <summary>Time between passes, read once at start.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass, with the scoped services it needs.</summary>
    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval;
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                Logger.LogError(e, "{Job} failed; retrying in {Interval}", GetType().Name, interval);
            }
        }
    }
}
