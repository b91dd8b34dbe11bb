using ServiceExcellence.Feedback.Analysis;

namespace ServiceExcellence.Feedback.Domain.Intake;

/// <summary>One piece of customer feedback from any channel, with the analysis of its comment.</summary>
public sealed class FeedbackEntry
{
    public const int MaxCommentLength = 4000;
    public const int MaxReferenceLength = 200;

    private FeedbackEntry() { }

    public Guid Id { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public Channel Channel { get; private set; }

    /// <summary>When the customer gave the feedback.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When the suite stored it.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    public string? CustomerRef { get; private set; }

    public string? ServiceRef { get; private set; }

    public int? Csat { get; private set; }

    public int? Nps { get; private set; }

    public int? Ces { get; private set; }

    public string? Comment { get; private set; }

    public double? SentimentScore { get; private set; }

    public SentimentLabel? SentimentLabel { get; private set; }

    public string[] Topics { get; private set; } = [];

    /// <summary>The client's <c>Idempotency-Key</c>, unique when present, so a duplicate can never be stored twice.</summary>
    public string? IdempotencyKey { get; private set; }

    public static FeedbackEntry Record(
        Guid id, string departmentCode, Channel channel, DateTimeOffset occurredAt, DateTimeOffset receivedAt,
        string? customerRef, string? serviceRef, int? csat, int? nps, int? ces, string? comment,
        CommentAnalysis? analysis, string? idempotencyKey) => new()
    {
        Id = id,
        DepartmentCode = departmentCode,
        Channel = channel,
        OccurredAt = occurredAt.ToUniversalTime(), // PostgreSQL (timestamptz through Npgsql) takes UTC offsets only
        ReceivedAt = receivedAt.ToUniversalTime(),
        CustomerRef = customerRef,
        ServiceRef = serviceRef,
        Csat = csat,
        Nps = nps,
        Ces = ces,
        Comment = comment,
        SentimentScore = analysis?.SentimentScore,
        SentimentLabel = analysis?.SentimentLabel,
        Topics = analysis?.Topics.ToArray() ?? [],
        IdempotencyKey = idempotencyKey,
    };
}
