namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>Gateway-wide forwarding defaults (<c>Gateway:Forwarding</c>); per-route and per-cluster settings override them.</summary>
public sealed record ForwardingOptions
{
    public const string SectionName = "Gateway:Forwarding";

    /// <summary>Request body limit in bytes for proxied routes; -1 disables it. Default 1 MB.</summary>
    public long MaxRequestBodySize { get; init; } = 1024 * 1024;

    /// <summary>Idle timeout of an upstream exchange when a cluster sets none.</summary>
    public TimeSpan ActivityTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for a TCP connection to an upstream.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Path probed on every destination by the gateway's <c>/health</c> when a cluster sets none.</summary>
    public string HealthPath { get; init; } = "/health";

    /// <summary>How long each health probe may take when a cluster sets none.</summary>
    public TimeSpan HealthTimeout { get; init; } = TimeSpan.FromSeconds(2);
}
