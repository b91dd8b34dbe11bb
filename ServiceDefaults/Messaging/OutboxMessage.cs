using System.Diagnostics;
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

    /// <summary>
    /// The W3C <c>traceparent</c> of the activity that raised the event, so the dispatcher publishes it in the same
    /// trace however much later it runs; null outside any activity.
    /// </summary>
    public string? TraceParent { get; set; }

    /// <summary>The W3C <c>tracestate</c> that came with <see cref="TraceParent"/>, if any.</summary>
    public string? TraceState { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Failed publish attempts; the last error is kept for operators.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>
    /// The unsent row for an event, with the correlation id and trace context of the request or message that raised it:
    /// call it on that request's or message's own flow.
    /// </summary>
    public static OutboxMessage Of<TEvent>(TEvent integrationEvent) where TEvent : class, IIntegrationEvent
    {
        // A hierarchical id (an old-style Request-Id caller) is not a traceparent; such an event starts its own trace.
        var activity = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current : null;
        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = typeof(TEvent).FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, JsonDefaults.Options),
            OccurredAt = integrationEvent.OccurredAt,
            CorrelationId = Http.CorrelationId.Current,
            TraceParent = activity?.Id,
            TraceState = activity?.TraceStateString,
        };
    }
}

/// <summary>Marks that a consumer has applied a message, written in the same transaction as the effect.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    public required string Consumer { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
