namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>A validated, resolved snapshot of the proxy configuration; replaced as a whole on reload.</summary>
public sealed record ProxyConfig(IReadOnlyList<ProxyRoute> Routes, IReadOnlyDictionary<string, ProxyCluster> Clusters)
{
    // By "host:port" of the destination address, the way the connection pool sees an upstream; the first destination
    // configured for an address decides.
    private readonly Dictionary<string, string> _localSockets = LocalSocketsOf(Clusters.Values);

    /// <summary>The Unix domain socket to reach <paramref name="host"/>:<paramref name="port"/> through, or null for TCP.</summary>
    public string? LocalSocketOf(string host, int port) => _localSockets.GetValueOrDefault(Authority(host, port));

    private static Dictionary<string, string> LocalSocketsOf(IEnumerable<ProxyCluster> clusters)
    {
        var sockets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var destination in clusters.SelectMany(cluster => cluster.Destinations))
        {
            if (destination.LocalSocket is { } socket)
            {
                sockets.TryAdd(Authority(destination.Address.IdnHost, destination.Address.Port), socket);
            }
        }

        return sockets;
    }

    private static string Authority(string host, int port) => $"{host}:{port}";
}
