using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ServiceExcellence.ServiceDefaults.Telemetry;

/// <summary>Builds the trace and metric providers at start-up and flushes them, and the log provider, once the host has stopped.</summary>
internal sealed class TelemetryHostedService(
    TracerProvider tracerProvider,
    MeterProvider meterProvider,
    IEnumerable<LoggerProvider> loggerProviders,
    ILogger<TelemetryHostedService> logger) : IHostedLifecycleService
{
    // Per provider; a collector that is down answers at once, one that hangs must not hold shutdown for long.
    private const int FlushTimeoutMilliseconds = 5_000;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs after every hosted service (Kestrel, consumers) has stopped, so their last spans are included.</summary>
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        // ForceFlush blocks; run it off the stopping thread and stop waiting when the host's shutdown timeout fires.
        try
        {
            var complete = await Task.Run(FlushAll, cancellationToken).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!complete)
            {
                logger.LogWarning("Telemetry could not be fully exported before shutdown; the OTLP endpoint may be unreachable");
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Disposal with the container still shuts the providers down; only the wait is abandoned.
            logger.LogWarning("Telemetry flush abandoned: the host's shutdown timeout ran out first");
        }
    }

    private bool FlushAll()
    {
        // Every provider is flushed even if an earlier one fails.
        var results = new List<bool>
        {
            tracerProvider.ForceFlush(FlushTimeoutMilliseconds),
            meterProvider.ForceFlush(FlushTimeoutMilliseconds),
        };
        results.AddRange(loggerProviders.Select(p => p.ForceFlush(FlushTimeoutMilliseconds)));
        return results.TrueForAll(ok => ok);
    }
}
