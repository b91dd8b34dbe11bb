using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Telemetry;

namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ. Woken by each commit, it takes a batch with
/// <c>FOR UPDATE SKIP LOCKED</c> (so several instances never publish the same row), publishes the batch
/// concurrently with broker confirms and marks what was confirmed. Failures back off and are retried, never dropped.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService where TContext : DbContext
{
    private const int BatchSize = 200;
    private const int GiveUpAfterAttempts = 1000;

    // A safety net for rows whose commit signal this process did not see (another instance, a crash before publish).
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(15);

    private static readonly Meter Meter = new(ServiceTelemetry.NameFor("Outbox"));
    private static readonly ActivitySource Source = new(ServiceTelemetry.NameFor("Outbox"));
    private static readonly Counter<long> Published = Meter.CreateCounter<long>("outbox.published");
    private static readonly Counter<long> Failed = Meter.CreateCounter<long>("outbox.failed");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (taken, failures) = await DispatchBatchAsync(stoppingToken);
                if (failures > 0)
                {
                    backoff = backoff == TimeSpan.Zero ? TimeSpan.FromMilliseconds(250) : Min(backoff * 2, MaxBackoff);
                    await Task.Delay(backoff, time, stoppingToken);
                }
                else if (taken < BatchSize)
                {
                    backoff = TimeSpan.Zero;
                    await signal.WaitAsync(IdlePoll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database is unreachable or similar: nothing is lost (rows stay unsent), so wait and try again.
                backoff = backoff == TimeSpan.Zero ? TimeSpan.FromMilliseconds(250) : Min(backoff * 2, MaxBackoff);
                logger.LogWarning(e, "Outbox of {Context} could not be dispatched; retrying in {Delay}", typeof(TContext).Name, backoff);
                await Task.Delay(backoff, time, stoppingToken);
            }
        }
    }

    private async Task<(int Taken, int Failures)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var batch = await OutboxBatchQuery.ClaimAsync(db, GiveUpAfterAttempts, BatchSize, cancellationToken);
        if (batch.Count == 0)
        {
            return (0, 0);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PublishTimeout);
        var outcomes = await Task.WhenAll(batch.Select(m => PublishAsync(m, timeout.Token)));

        var sent = outcomes.Where(o => o.Error is null).Select(o => o.Id).ToList();
        if (sent.Count > 0)
        {
            var now = time.GetUtcNow();
            await db.Set<OutboxMessage>().Where(m => sent.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now), cancellationToken);
        }

        var failed = outcomes.Where(o => o.Error is not null).ToList();
        foreach (var failure in failed)
        {
            await db.Set<OutboxMessage>().Where(m => m.Id == failure.Id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, failure.Error), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        Published.Add(sent.Count);
        if (failed.Count > 0)
        {
            Failed.Add(failed.Count);
            logger.LogWarning("Outbox of {Context}: {Failed} of {Count} events not published yet, first error: {Error}",
                typeof(TContext).Name, failed.Count, batch.Count, failed[0].Error);
        }

        return (batch.Count, failed.Count);
    }

    private async Task<(Guid Id, string? Error)> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        // The dispatcher runs apart from the request that raised the event, and later: publishing under the stored
        // context puts MassTransit's send activity, and through its header the consumer's, in that request's trace.
        using var activity = StartPublishActivity(message);

        // Every failure is recorded on the row and logged by the caller; the row stays unsent and is retried.
        try
        {
            var type = IntegrationEventTypes.Resolve(message.Type);
            var integrationEvent = JsonSerializer.Deserialize(message.Payload, type, JsonDefaults.Options)!;
            await bus.Publish(integrationEvent, type, Pipe.Execute<PublishContext>(context =>
            {
                context.MessageId = message.Id;
                if (message.CorrelationId is not null)
                {
                    context.Headers.Set(CorrelationId.HeaderName, message.CorrelationId);
                }
            }), cancellationToken);
            return (message.Id, null);
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            return (message.Id, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>A producer span whose parent is the stored context; a new trace for a row stored outside any activity.</summary>
    private static Activity? StartPublishActivity(OutboxMessage message)
    {
        ActivityContext.TryParse(message.TraceParent, message.TraceState, isRemote: true, out var parent);
        var activity = Source.StartActivity("outbox publish", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", message.Id.ToString());
        activity?.SetTag("messaging.message.type", message.Type);
        return activity;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
