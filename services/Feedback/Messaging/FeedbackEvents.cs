using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Feedback.Domain.Intake;

namespace ServiceExcellence.Feedback.Messaging;

/// <summary>Maps stored feedback to the integration events other services consume.</summary>
public static class FeedbackEvents
{
    public static FeedbackReceived Received(FeedbackEntry entry) => new(
        Guid.CreateVersion7(entry.ReceivedAt),
        entry.OccurredAt,
        entry.DepartmentCode,
        entry.Id,
        KebabCase.Of(entry.Channel),
        entry.ReceivedAt,
        entry.Csat,
        entry.Nps,
        entry.Ces,
        !string.IsNullOrWhiteSpace(entry.Comment),
        entry.SentimentScore,
        entry.SentimentLabel is { } label ? KebabCase.Of(label) : null,
        entry.Topics);

}
