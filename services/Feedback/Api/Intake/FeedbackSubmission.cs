using ServiceExcellence.Contracts;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Api.Intake;

/// <summary>One feedback entry as a client submits it (<c>POST /api/feedback</c>, or one item of a batch).</summary>
public sealed record FeedbackSubmission(
    Channel? Channel,
    string? DepartmentCode,
    string? CustomerRef,
    DateTimeOffset? OccurredAt,
    int? Csat,
    int? Nps,
    int? Ces,
    string? Comment,
    string? ServiceRef)
{
    /// <summary>How far ahead of the server's clock a client's <c>occurredAt</c> may be (clock skew), per the issue.</summary>
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromMinutes(5);

    /// <summary>Lists every failing field; the department's existence and the caller's rights are checked by the caller.</summary>
    public void Validate(ValidationErrors errors, DateTimeOffset now)
    {
        if (Channel is null)
        {
            errors.Add("channel", $"'channel' is required: one of {KebabCaseEnum<Channel>.Names}.");
        }

        if (string.IsNullOrEmpty(DepartmentCode))
        {
            errors.Add("departmentCode", "'departmentCode' is required.");
        }
        else if (!Contracts.DepartmentCode.IsValid(DepartmentCode))
        {
            errors.Add("departmentCode", $"'{DepartmentCode}' is not a department code.");
        }

        Range(errors, "csat", Csat, 1, 5);
        Range(errors, "nps", Nps, 0, 10);
        Range(errors, "ces", Ces, 1, 7);
        if (Comment is { Length: > FeedbackEntry.MaxCommentLength })
        {
            errors.Add("comment", $"'comment' must be at most {FeedbackEntry.MaxCommentLength} characters (it has {Comment.Length}).");
        }

        if (Csat is null && Nps is null && Ces is null && string.IsNullOrWhiteSpace(Comment))
        {
            errors.Add("comment", "Give at least one score (csat, nps, ces) or a comment.");
        }

        if (OccurredAt > now + MaxFutureSkew)
        {
            errors.Add("occurredAt", "'occurredAt' is more than 5 minutes in the future.");
        }

        if (CustomerRef is { Length: > FeedbackEntry.MaxReferenceLength })
        {
            errors.Add("customerRef", $"'customerRef' must be at most {FeedbackEntry.MaxReferenceLength} characters.");
        }

        if (ServiceRef is { Length: > FeedbackEntry.MaxReferenceLength })
        {
            errors.Add("serviceRef", $"'serviceRef' must be at most {FeedbackEntry.MaxReferenceLength} characters.");
        }
    }

    private static void Range(ValidationErrors errors, string field, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors.Add(field, $"'{field}' must be between {min} and {max}.");
        }
    }
}

/// <summary>Body of <c>POST /api/feedback/batch</c>: up to 1,000 entries, e.g. an offline survey or a call-centre export.</summary>
public sealed record FeedbackBatch(IReadOnlyList<FeedbackSubmission?>? Entries)
{
    public const int MaxEntries = 1000;
}

/// <summary>Sentiment of a comment as the API shows it.</summary>
public sealed record SentimentResponse(double Score, string Label);

/// <summary>What intake answers for a stored entry; a repeated <c>Idempotency-Key</c> gets exactly this again.</summary>
public sealed record FeedbackReceipt(
    Guid Id,
    string DepartmentCode,
    Channel Channel,
    DateTimeOffset OccurredAt,
    DateTimeOffset ReceivedAt,
    SentimentResponse? Sentiment,
    IReadOnlyList<string> Topics);

/// <summary>Answer to a batch: how many were stored, and why each rejected entry (by its index) was refused.</summary>
public sealed record BatchReceipt(int Accepted, IReadOnlyList<BatchRejection> Rejected, IReadOnlyList<BatchAcceptance> Ids);

/// <summary>An entry of a batch that was refused, with its failing fields.</summary>
public sealed record BatchRejection(int Index, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>An entry of a batch that was stored, and its id.</summary>
public sealed record BatchAcceptance(int Index, Guid Id);
