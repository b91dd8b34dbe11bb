using System.Net;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// One upstream with its address already resolved (service discovery applied) and, when the service runs on this
/// machine, the Unix domain socket it also listens on: connections to <see cref="Address"/> are then made over that socket.
/// </summary>
public sealed record ProxyDestination(string Name, Uri Address, string? LocalSocket = null)
{
    // Kept without a trailing slash so the incoming path (which starts with '/') can be appended as is.
    private readonly string _prefix = Address.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>
    /// A request for a gateway path and query, unchanged but for scheme, host and port. Over the local socket it is
    /// HTTP/2 with prior knowledge (the service listens there with HTTP/2 only): one connection then carries every
    /// concurrent request, and their writes and reads are shared, which costs far less per request than a connection
    /// each. Over TCP it is HTTP/1.1, which every service endpoint speaks without TLS.
    /// </summary>
    public HttpRequestMessage NewRequest(HttpMethod method, string pathAndQuery) =>
        new(method, new Uri(_prefix + pathAndQuery, UriKind.Absolute))
        {
            Version = LocalSocket is null ? HttpVersion.Version11 : HttpVersion.Version20,
            VersionPolicy = LocalSocket is null ? HttpVersionPolicy.RequestVersionOrLower : HttpVersionPolicy.RequestVersionExact,
        };
}
