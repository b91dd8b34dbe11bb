using System.Net;
using Yarp.ReverseProxy.Model;

namespace ServiceExcellence.Gateway.Proxy;

/// <summary>
/// The gateway's own requests to a service (health probes, API documents), sent with the cluster's forwarder client, so
/// over the same connections, local socket and HTTP version as forwarded requests.
/// </summary>
public static class UpstreamCalls
{
    /// <summary>GETs <paramref name="path"/> below <paramref name="address"/>; returns once the headers are in.</summary>
    public static async Task<HttpResponseMessage> GetAsync(
        ClusterModel cluster, string address, string path, CancellationToken cancellationToken)
    {
        var settings = cluster.Config.HttpRequest;
        using var request = new HttpRequestMessage(HttpMethod.Get, address.TrimEnd('/') + path)
        {
            Version = settings?.Version ?? HttpVersion.Version11,
            VersionPolicy = settings?.VersionPolicy ?? HttpVersionPolicy.RequestVersionOrLower,
        };
        return await cluster.HttpClient.SendAsync(request, cancellationToken);
    }
}
