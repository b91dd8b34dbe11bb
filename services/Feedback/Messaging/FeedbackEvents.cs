using System.Text.Json;
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
        Kebab(entry.Channel),
        entry.ReceivedAt,
        entry.Csat,
        entry.Nps,
        entry.Ces,
        !string.IsNullOrWhiteSpace(entry.Comment),
        entry.SentimentScore,
        entry.SentimentLabel is { } label ? Kebab(label) : null,
        entry.Topics);

    /// <summary>Enum values travel as the same kebab-case strings the HTTP API uses.</summary>
    public static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
