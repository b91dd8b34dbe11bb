using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.Feedback.Messaging;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.Feedback.Data;

/// <summary>A feedback entry to store, with its <c>FeedbackReceived</c> outbox row.</summary>
internal sealed record ReceivedEntry(FeedbackEntry Entry, OutboxMessage Received)
{
    /// <summary>
    /// Made on the request's own flow, so the row carries that request's correlation id and trace context even when a
    /// background writer commits it later.
    /// </summary>
    public static ReceivedEntry Of(FeedbackEntry entry) => new(entry, OutboxMessage.Of(FeedbackEvents.Received(entry)));
}
