namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>The <c>ReverseProxy</c> configuration section, in YARP's schema so YARP can replace the forwarder unchanged.</summary>
public sealed record ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    public Dictionary<string, RouteConfig> Routes { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, ClusterConfig> Clusters { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>A route: which requests go to which cluster (named as in YARP).</summary>
public sealed record RouteConfig
{
    public string? ClusterId { get; init; }

    public RouteMatch? Match { get; init; }

    public int? Order { get; init; }

    /// <summary>Bytes; overrides the gateway default; -1 disables the limit (YARP semantics).</summary>
    public long? MaxRequestBodySize { get; init; }
}

/// <summary>What a route matches (named as in YARP).</summary>
public sealed record RouteMatch
{
    public string? Path { get; init; }

    public string[]? Methods { get; init; }
}

/// <summary>A group of equivalent destinations (named as in YARP).</summary>
public sealed record ClusterConfig
{
    public Dictionary<string, DestinationConfig> Destinations { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public ForwarderRequestConfig? HttpRequest { get; init; }

    public HealthCheckConfig? HealthCheck { get; init; }
}

/// <summary>One upstream address, e.g. <c>http://goals</c> (named as in YARP).</summary>
public sealed record DestinationConfig
{
    public string? Address { get; init; }
}

/// <summary>Per-cluster request settings (named as in YARP).</summary>
public sealed record ForwarderRequestConfig
{
    /// <summary>How long the exchange may stay idle (no headers, no body bytes) before it is cancelled.</summary>
    public TimeSpan? ActivityTimeout { get; init; }
}

/// <summary>Per-cluster health probe settings (named as in YARP); only the active probe's path and timeout are used.</summary>
public sealed record HealthCheckConfig
{
    public ActiveHealthCheckConfig? Active { get; init; }
}

/// <summary>The active probe (named as in YARP).</summary>
public sealed record ActiveHealthCheckConfig
{
    public string? Path { get; init; }

    public TimeSpan? Timeout { get; init; }
}
