namespace ServiceExcellence.Gateway.RateLimiting;

/// <summary>Request budgets per window (<c>Gateway:RateLimits</c>), counted in Redis so every gateway instance shares them.</summary>
public sealed record RateLimitOptions
{
    public const string SectionName = "Gateway:RateLimits";

    public bool Enabled { get; init; } = true;

    /// <summary>Requests per window for one API key (public intake).</summary>
    public int IntakePerKey { get; init; } = 100;

    /// <summary>Requests per window from one client address without a staff token (keeps one visitor from using up a widget key).</summary>
    public int PerClientAddress { get; init; } = 50;

    /// <summary>Requests per window for one authenticated staff subject.</summary>
    public int StaffPerSubject { get; init; } = 200;

    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Most requests an instance leases from one budget per Redis round trip; never more than a tenth of the budget's
    /// limit, so other instances are refused early by at most that much.
    /// </summary>
    public int LeaseSize { get; init; } = 100;

    /// <summary>Prefix of the Redis counters; instances that must share budgets use the same one.</summary>
    public string KeyPrefix { get; init; } = "gateway:rate:";
}
