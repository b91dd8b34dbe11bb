namespace ServiceExcellence.Gateway.Hardening;

/// <summary>Limits and trust at the edge (<c>Gateway:Hardening</c>).</summary>
public sealed record HardeningOptions
{
    public const string SectionName = "Gateway:Hardening";

    /// <summary>Addresses of reverse proxies (load balancers) in front of the gateway whose X-Forwarded-* headers count.</summary>
    public string[] TrustedProxies { get; init; } = [];

    /// <summary>Largest request body for the gateway's own endpoints (proxied routes: <c>Gateway:Forwarding</c>).</summary>
    public long MaxRequestBodySize { get; init; } = 1024 * 1024;

    public int MaxRequestHeadersTotalSize { get; init; } = 32 * 1024;

    public int MaxRequestHeaderCount { get; init; } = 64;

    public int MaxRequestLineSize { get; init; } = 8 * 1024;
}
