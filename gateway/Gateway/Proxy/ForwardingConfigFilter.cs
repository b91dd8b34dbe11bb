using System.Net;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace ServiceExcellence.Gateway.Proxy;

/// <summary>
/// Completes the <c>ReverseProxy</c> configuration with what is the suite's own: a cluster whose destinations have local
/// sockets speaks HTTP/2 with prior knowledge (the sockets speak nothing else) and every other one HTTP/1.1; the
/// <c>Gateway:Forwarding</c> defaults apply where a route or cluster sets none; and a route to an unknown cluster is a
/// configuration error rather than, as YARP would have it, a route whose every request is answered 503.
/// </summary>
public sealed class ForwardingConfigFilter(LocalSockets sockets, IOptionsMonitor<ForwardingOptions> options) : IProxyConfigFilter
{
    /// <remarks>Runs after service discovery: the destination addresses are the resolved ones.</remarks>
    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancellationToken)
    {
        var destinations = cluster.Destinations?.Values.ToList() ?? [];
        var overSockets = destinations.Count(destination =>
            Uri.TryCreate(destination.Address, UriKind.Absolute, out var address) && sockets.For(address) is not null);
        if (overSockets > 0 && overSockets < destinations.Count)
        {
            throw new InvalidOperationException(
                $"Cluster '{cluster.ClusterId}' has destinations with and without a local socket, but one cluster speaks one HTTP version.");
        }

        var request = cluster.HttpRequest ?? new ForwarderRequestConfig();
        request = overSockets > 0
            ? request with { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact }
            : request with
            {
                Version = request.Version ?? HttpVersion.Version11,
                VersionPolicy = request.VersionPolicy ?? HttpVersionPolicy.RequestVersionOrLower,
            };

        return ValueTask.FromResult(cluster with
        {
            HttpRequest = request with { ActivityTimeout = request.ActivityTimeout ?? options.CurrentValue.ActivityTimeout },
        });
    }

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancellationToken)
    {
        if (cluster is null)
        {
            throw new InvalidOperationException($"Route '{route.RouteId}' refers to unknown cluster '{route.ClusterId}'.");
        }

        return ValueTask.FromResult(route with { MaxRequestBodySize = route.MaxRequestBodySize ?? options.CurrentValue.MaxRequestBodySize });
    }
}
