namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// One upstream with its address already resolved (service discovery applied) and, when the service runs on this
/// machine, the Unix domain socket it also listens on: connections to <see cref="Address"/> are then made over that socket.
/// </summary>
public sealed record ProxyDestination(string Name, Uri Address, string? LocalSocket = null)
{
    // Kept without a trailing slash so the incoming path (which starts with '/') can be appended as is.
    private readonly string _prefix = Address.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>The upstream URI for a gateway path and query, unchanged but for scheme, host and port.</summary>
    public Uri Target(string pathAndQuery) => new(_prefix + pathAndQuery, UriKind.Absolute);
}
