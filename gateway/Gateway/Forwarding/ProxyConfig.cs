namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>A validated, resolved snapshot of the proxy configuration; replaced as a whole on reload.</summary>
public sealed record ProxyConfig(IReadOnlyList<ProxyRoute> Routes, IReadOnlyDictionary<string, ProxyCluster> Clusters);
