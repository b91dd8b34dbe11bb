namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>A validated, resolved snapshot of the proxy configuration; replaced as a whole on reload.</summary>
public sealed record ProxyConfig(IReadOnlyList<ProxyRoute> Routes, IReadOnlyDictionary<string, ProxyCluster> Clusters)
{
    // By "host:port" of the destination address, the way the connection pool sees an upstream.
    private readonly Dictionary<string, string> _localSockets = Clusters.Values
        .SelectMany(cluster => cluster.Destinations)
        .Where(destination => destination.LocalSocket is not null)
        .DistinctBy(destination => Authority(destination.Address.IdnHost, destination.Address.Port))
        .ToDictionary(destination => Authority(destination.Address.IdnHost, destination.Address.Port), destination => destination.LocalSocket!,
            StringComparer.OrdinalIgnoreCase);

    /// <summary>The Unix domain socket to reach <paramref name="host"/>:<paramref name="port"/> through, or null for TCP.</summary>
    public string? LocalSocketOf(string host, int port) =>
        _localSockets.Count == 0 ? null : _localSockets.GetValueOrDefault(Authority(host, port));

    private static string Authority(string host, int port) => $"{host}:{port}";
}
