using System.Text.Json;
using RabbitMQ.Client;
using ServiceExcellence.Contracts;

namespace ServiceExcellence.Reporting.Tests;

/// <summary>
/// Publishes many events onto the real broker fast, for volume tests and the benchmark: the same MassTransit envelope
/// and message-type exchange a service's publish uses, written straight with the RabbitMQ client and without
/// per-message publisher confirms (MassTransit's confirmed publish manages well under a thousand a second on a busy
/// two-core machine). Callers check arrival themselves, e.g. by waiting for the events in the event log.
/// </summary>
public static class BrokerBulkPublisher
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task PublishAsync(string rabbitMqConnectionString, IEnumerable<IIntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        // Publishing only buffers frames; closing the channel waits until the broker has taken them all, which on a busy
        // machine takes longer than the client's default 20 s.
        var factory = new ConnectionFactory { Uri = new Uri(rabbitMqConnectionString), ContinuationTimeout = TimeSpan.FromMinutes(15) };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        foreach (var e in events)
        {
            var type = e.GetType();
            var entity = $"{type.Namespace}:{type.Name}";
            var envelope = new
            {
                messageId = Guid.NewGuid(),
                messageType = new[] { $"urn:message:{entity}" },
                message = (object)e,
                sentTime = DateTimeOffset.UtcNow,
                headers = new Dictionary<string, object>(),
            };
            var properties = new BasicProperties
            {
                ContentType = "application/vnd.masstransit+json",
                // Transient: volume tests need no broker disk writes; losing a message would fail the wait that follows anyway.
                DeliveryMode = DeliveryModes.Transient,
                MessageId = envelope.messageId.ToString(),
            };
            await channel.BasicPublishAsync(entity, "", false, properties, JsonSerializer.SerializeToUtf8Bytes(envelope, Json), cancellationToken);
        }

        await channel.CloseAsync(cancellationToken);
    }
}
