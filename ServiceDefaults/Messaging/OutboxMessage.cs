using System.Text.Json;
using ServiceExcellence.Contracts;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>An integration event stored with the state change that caused it, until the dispatcher has published it.</summary>
public sealed class OutboxMessage
{
    /// <summary>The event's own id, also used as the broker message id so consumers can deduplicate.</summary>
    public Guid Id { get; set; }

    /// <summary>Full name of the event type in the Contracts assembly.</summary>
    public required string Type { get; set; }

    /// <summary>The event serialized as JSON.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string? CorrelationId { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Failed publish attempts; the last error is kept for operators.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>The unsent row for an event, with the correlation id of the request or message that raised it.</summary>
    public static OutboxMessage Of<TEvent>(TEvent integrationEvent) where TEvent : class, IIntegrationEvent => new()
    {
        Id = integrationEvent.EventId,
        Type = typeof(TEvent).FullName!,
        Payload = JsonSerializer.Serialize(integrationEvent, JsonDefaults.Options),
        OccurredAt = integrationEvent.OccurredAt,
        CorrelationId = Http.CorrelationId.Current,
    };
}

/// <summary>Marks that a consumer has applied a message, written in the same transaction as the effect.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    public required string Consumer { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
