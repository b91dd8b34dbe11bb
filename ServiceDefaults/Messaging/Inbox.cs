using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ServiceExcellence.Contracts;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>
/// Applies an event at most once per consumer: the event id goes into the inbox in the same transaction as the
/// effect, so a redelivered or duplicate event changes nothing the second time.
/// </summary>
public static class Inbox
{
    /// <summary>Runs <paramref name="apply"/>, saves and commits, unless this consumer already applied the event.</summary>
    public static async Task ApplyOnceAsync<TEvent>(
        DbContext db,
        ConsumeContext<TEvent> context,
        string consumer,
        ILogger logger,
        Func<TEvent, CancellationToken, Task> apply)
        where TEvent : class, IIntegrationEvent
    {
        var cancellationToken = context.CancellationToken;
        CorrelationId.Current = context.Headers.Get<string>(CorrelationId.HeaderName);
        using var scope = logger.BeginScope("CorrelationId:{CorrelationId} EventId:{EventId}", CorrelationId.Current, context.Message.EventId);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A concurrent duplicate blocks here until the first commits, and then inserts nothing.
        var first = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({context.Message.EventId}, {consumer}, now()) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (first == 0)
        {
            logger.LogInformation("{Consumer} skipped duplicate {EventType} {EventId}", consumer, typeof(TEvent).Name, context.Message.EventId);
            return;
        }

        await apply(context.Message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
