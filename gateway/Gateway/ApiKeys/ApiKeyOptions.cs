namespace ServiceExcellence.Gateway.ApiKeys;

/// <summary>How API keys are looked up and turned into tokens (<c>Gateway:ApiKeys</c>).</summary>
public sealed record ApiKeyOptions
{
    public const string SectionName = "Gateway:ApiKeys";

    /// <summary>
    /// How long a looked-up key (or its absence) is trusted before the database is asked again. This bounds how long a
    /// revoked key keeps working on an instance that did not handle the revocation; it must stay under one second.
    /// </summary>
    public TimeSpan CacheFreshness { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Lifetime of the token the gateway issues for a key; the client never sees it.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A key's last-used time is written at most this often.</summary>
    public TimeSpan LastUsedResolution { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How often pending last-used times are written.</summary>
    public TimeSpan LastUsedFlushInterval { get; init; } = TimeSpan.FromSeconds(10);
}
