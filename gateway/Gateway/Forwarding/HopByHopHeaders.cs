using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>Headers that describe one connection (RFC 9110 §7.6.1) and so never cross the proxy, in either direction.</summary>
public static class HopByHopHeaders
{
    private static readonly HashSet<string> Always = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Connection,
        HeaderNames.KeepAlive,
        HeaderNames.ProxyAuthenticate,
        HeaderNames.ProxyAuthorization,
        HeaderNames.TE,
        HeaderNames.Trailer,
        HeaderNames.TransferEncoding,
        HeaderNames.Upgrade,
        "Proxy-Connection", // non-standard, still sent by some clients
    };

    /// <summary>The names listed in a <c>Connection</c> header, which are hop-by-hop for this message only.</summary>
    public static HashSet<string>? NamedIn(StringValues connection)
    {
        if (StringValues.IsNullOrEmpty(connection))
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in connection)
        {
            foreach (var token in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                names.Add(token);
            }
        }

        return names;
    }

    public static bool IsHopByHop(string name, HashSet<string>? namedInConnection) =>
        Always.Contains(name) || namedInConnection?.Contains(name) == true;
}
