namespace ServiceExcellence.ServiceDefaults.Resilience;

/// <summary>Timeouts, retry and circuit-breaker settings of one service client, bound from <c>Resilience:&lt;name&gt;</c>.</summary>
/// <remarks>
/// Shaped after Microsoft.Extensions.Http.Resilience's standard handler (total timeout, retry,
/// circuit breaker, attempt timeout) so the real package can take over with the same numbers.
/// </remarks>
public sealed record ResilienceOptions
{
    public const string SectionName = "Resilience";

    /// <summary>Deadline for the whole call, every attempt and back-off included.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Deadline for one attempt; when it passes the attempt counts as failed and may be retried.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Retries after the first attempt; 0 turns retrying off.</summary>
    public int RetryCount { get; init; } = 3;

    /// <summary>Median delay before the first retry; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bound on a server's <c>Retry-After</c>, so one slow upstream cannot park a caller.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Share of failed calls within <see cref="CircuitBreakerSamplingDuration"/> that opens the circuit.</summary>
    public double CircuitBreakerFailureRatio { get; init; } = 0.5;

    public TimeSpan CircuitBreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Calls needed within the sampling window before the ratio is judged at all.</summary>
    public int CircuitBreakerMinimumThroughput { get; init; } = 5;

    /// <summary>How long an open circuit rejects calls before it lets one probe through.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(15);
}
