using Microsoft.AspNetCore.Routing.Patterns;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>Binds the <c>ReverseProxy</c> section, validates it and resolves destination addresses into a <see cref="ProxyConfig"/>.</summary>
public static class ProxyConfigLoader
{
    /// <exception cref="InvalidOperationException">The configuration is invalid; the message lists every problem.</exception>
    public static ProxyConfig Load(IConfiguration configuration, ForwardingOptions defaults)
    {
        var options = configuration.GetSection(ReverseProxyOptions.SectionName).Get<ReverseProxyOptions>() ?? new();
        var errors = new List<string>();

        var clusters = new Dictionary<string, ProxyCluster>(StringComparer.OrdinalIgnoreCase);
        foreach (var (clusterId, cluster) in options.Clusters)
        {
            if (LoadCluster(configuration, defaults, clusterId, cluster, errors) is { } loaded)
            {
                clusters[clusterId] = loaded;
            }
        }

        var routes = new List<ProxyRoute>();
        foreach (var (routeId, route) in options.Routes)
        {
            if (LoadRoute(defaults, routeId, route, clusters, errors) is { } loaded)
            {
                routes.Add(loaded);
            }
        }

        return errors.Count == 0
            ? new ProxyConfig(routes, clusters)
            : throw new InvalidOperationException($"Invalid {ReverseProxyOptions.SectionName} configuration: {string.Join(" ", errors)}");
    }

    private static ProxyCluster? LoadCluster(
        IConfiguration configuration, ForwardingOptions defaults, string clusterId, ClusterConfig cluster, List<string> errors)
    {
        var destinations = new List<ProxyDestination>();
        foreach (var (name, destination) in cluster.Destinations)
        {
            if (!Uri.TryCreate(destination.Address, UriKind.Absolute, out var address)
                || address.Scheme is not ("http" or "https"))
            {
                errors.Add($"Cluster '{clusterId}' destination '{name}' needs an absolute http(s) Address, not '{destination.Address}'.");
                continue;
            }

            try
            {
                destinations.Add(new ProxyDestination(
                    name,
                    ServiceAddressResolver.Resolve(configuration, address),
                    ServiceAddressResolver.ResolveLocalSocket(configuration, address)));
            }
            catch (InvalidOperationException ex)
            {
                errors.Add($"Cluster '{clusterId}' destination '{name}': {ex.Message}");
            }
        }

        if (cluster.Destinations.Count == 0)
        {
            errors.Add($"Cluster '{clusterId}' has no destinations.");
        }

        var timeout = cluster.HttpRequest?.ActivityTimeout ?? defaults.ActivityTimeout;
        if (timeout <= TimeSpan.Zero)
        {
            errors.Add($"Cluster '{clusterId}' HttpRequest:ActivityTimeout must be positive.");
        }

        var health = cluster.HealthCheck?.Active;
        return destinations.Count == 0
            ? null
            : new ProxyCluster(
                clusterId,
                destinations,
                timeout,
                health?.Path ?? defaults.HealthPath,
                health?.Timeout ?? defaults.HealthTimeout);
    }

    private static ProxyRoute? LoadRoute(
        ForwardingOptions defaults,
        string routeId,
        RouteConfig route,
        Dictionary<string, ProxyCluster> clusters,
        List<string> errors)
    {
        if (route.ClusterId is null || !clusters.TryGetValue(route.ClusterId, out var cluster))
        {
            errors.Add($"Route '{routeId}' refers to unknown or invalid cluster '{route.ClusterId}'.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(route.Match?.Path))
        {
            errors.Add($"Route '{routeId}' needs Match:Path.");
            return null;
        }

        RoutePattern pattern;
        try
        {
            pattern = RoutePatternFactory.Parse(route.Match.Path);
        }
        catch (RoutePatternException ex)
        {
            errors.Add($"Route '{routeId}' Match:Path '{route.Match?.Path}' is not a valid route template: {ex.Message}");
            return null;
        }

        var limit = route.MaxRequestBodySize ?? defaults.MaxRequestBodySize;
        return new ProxyRoute(
            routeId,
            pattern,
            route.Match?.Methods ?? [],
            route.Order ?? 0,
            limit < 0 ? null : limit,
            cluster);
    }
}
