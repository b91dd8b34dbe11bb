using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace ServiceExcellence.Gateway.Proxy;

/// <summary>
/// Drops the headers that a <c>Connection</c> header names, which describe one hop only (RFC 9110 §7.6.1), in both
/// directions, and a request's <c>Trailer</c>. YARP drops the fixed hop-by-hop headers but passes the named ones on.
/// </summary>
public static class HopByHopHeaders
{
    public static TransformBuilderContext AddHopByHopHeaderRemoval(this TransformBuilderContext context)
    {
        context.AddRequestTransform(static transform =>
        {
            var incoming = transform.HttpContext.Request.Headers;
            if (incoming.ContainsKey(HeaderNames.Trailer))
            {
                Remove(transform.ProxyRequest, HeaderNames.Trailer);
            }

            if (incoming.Connection.Count > 0)
            {
                foreach (var name in NamesIn(incoming.Connection))
                {
                    Remove(transform.ProxyRequest, name);
                }
            }

            return ValueTask.CompletedTask;
        });
        context.AddResponseTransform(static transform =>
        {
            if (transform.ProxyResponse?.Headers.NonValidated.TryGetValues(HeaderNames.Connection, out var connection) == true)
            {
                foreach (var name in NamesIn(connection.ToArray()))
                {
                    transform.HttpContext.Response.Headers.Remove(name);
                }
            }

            return ValueTask.CompletedTask;
        });
        return context;
    }

    // Remove throws for a name that is invalid or belongs to the other collection, and the client chooses the names: only
    // a name found (without validation) is removed, from where it was found.
    private static void Remove(HttpRequestMessage request, string name)
    {
        if (request.Headers.NonValidated.Contains(name))
        {
            request.Headers.Remove(name);
        }
        else if (request.Content?.Headers.NonValidated.Contains(name) == true)
        {
            request.Content.Headers.Remove(name);
        }
    }

    private static IEnumerable<string> NamesIn(StringValues connection) =>
        connection.SelectMany(value =>
            (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
