namespace ServiceExcellence.Contracts.Feedback;

/// <summary>
/// A feedback entry was stored. <c>OccurredAt</c> is when the customer gave the feedback (the time reports bucket by);
/// scores are null when not answered; sentiment is null when there was no comment.
/// </summary>
public sealed record FeedbackReceived(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid FeedbackId,
    string Channel,
    DateTimeOffset ReceivedAt,
    int? Csat,
    int? Nps,
    int? Ces,
    bool HasComment,
    double? SentimentScore,
    string? SentimentLabel,
    IReadOnlyList<string> Topics) : IIntegrationEvent;
