namespace ServiceExcellence.Gateway.Proxy;

/// <summary>Gateway-wide forwarding defaults (<c>Gateway:Forwarding</c>); a route's or cluster's own setting in <c>ReverseProxy</c> wins.</summary>
public sealed record ForwardingOptions
{
    public const string SectionName = "Gateway:Forwarding";

    /// <summary>Request body limit in bytes for a route that sets no <c>MaxRequestBodySize</c>; -1 lifts it. Default 1 MB.</summary>
    public long MaxRequestBodySize { get; init; } = 1024 * 1024;

    /// <summary>How long an upstream exchange may make no progress, for a cluster that sets no <c>HttpRequest:ActivityTimeout</c>.</summary>
    public TimeSpan ActivityTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for a connection to an upstream; YARP's own 15 s would hold a request long after a service died.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(3);
}
