namespace ServiceExcellence.Gateway.RateLimiting;

/// <summary>One counter a request draws on: what it counts (for the 429 text), its Redis key and its limit per window.</summary>
public sealed record RateLimitBudget(string Scope, string Key, int Limit);

/// <summary>The outcome of drawing on budgets: allowed, or the exhausted budget and when it renews.</summary>
public sealed record RateLimitDecision(RateLimitBudget? Exhausted, TimeSpan RetryAfter)
{
    public static RateLimitDecision Allowed { get; } = new(null, TimeSpan.Zero);

    public bool IsAllowed => Exhausted is null;
}
