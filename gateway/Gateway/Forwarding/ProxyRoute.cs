using Microsoft.AspNetCore.Routing.Patterns;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>A route ready to become an endpoint: its pattern, methods, order and target cluster.</summary>
/// <param name="MaxRequestBodySize">Bytes, or null for no limit.</param>
public sealed record ProxyRoute(
    string RouteId,
    RoutePattern Pattern,
    IReadOnlyList<string> Methods,
    int Order,
    long? MaxRequestBodySize,
    ProxyCluster Cluster);
