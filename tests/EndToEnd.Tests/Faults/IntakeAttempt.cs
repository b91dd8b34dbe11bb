using System.Net;

namespace ServiceExcellence.EndToEnd.Tests.Faults;

/// <summary>What a client can conclude from one answer to <c>POST /api/feedback</c>.</summary>
public enum IntakeOutcome
{
    /// <summary>2xx: the entry is stored and must be counted exactly once.</summary>
    Accepted,

    /// <summary>A problem-details answer from the service that owns the entry: it was not stored and must not be counted.</summary>
    Rejected,

    /// <summary>
    /// No answer (transport error, timeout) or the gateway's 502/504, which says only that the exchange with Feedback broke
    /// or timed out, not whether Feedback stored the entry: the client retries with the same Idempotency-Key.
    /// </summary>
    Ambiguous,
}

/// <summary>One attempt at submitting one entry: the answer and how long it took, on the load's own clock.</summary>
public sealed record IntakeAttempt(
    string Key, IntakeOutcome Outcome, HttpStatusCode? Status, string? ContentType, string? Title, TimeSpan StartedAt, TimeSpan Latency)
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>The gateway's answers for an upstream it could not reach or that broke off: the entry may be stored.</summary>
    public static bool IsGatewayUncertain(HttpStatusCode status) =>
        status is HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    public static IntakeOutcome Classify(HttpStatusCode status) =>
        (int)status is >= 200 and < 300 ? IntakeOutcome.Accepted
        : IsGatewayUncertain(status) ? IntakeOutcome.Ambiguous
        : IntakeOutcome.Rejected;

    public string Describe() =>
        $"{Key}: {Outcome} {(Status is { } s ? ((int)s).ToString() : "no answer")} {ContentType} '{Title}' after {Latency.TotalMilliseconds:F0} ms";
}
