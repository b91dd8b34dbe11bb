using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>Builds the upstream request: same method, path, query, headers and (streamed) body; only the host changes.</summary>
public static class ProxyRequestFactory
{
    private const string ForwardedFor = "X-Forwarded-For";
    private const string ForwardedProto = "X-Forwarded-Proto";
    private const string ForwardedHost = "X-Forwarded-Host";

    // Trace context is re-issued by the outgoing handler for the gateway's own span, so the client's copy must not pass.
    private static readonly HashSet<string> TraceHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "traceparent", "tracestate", "Request-Id", "Correlation-Context", "baggage",
    };

    /// <summary>
    /// Starts reading the client's body: one read, plus what has already arrived. A body that came whole is sent on with
    /// its length in one write; any other is streamed from its first bytes on. Throws when reading from the client fails.
    /// </summary>
    public static async Task<HttpContent?> ReadBodyAsync(HttpContext context, ActivityTimeout activity)
    {
        if (!HasBody(context))
        {
            return null;
        }

        var body = new BodyChunks(context.Request.Body);
        try
        {
            await body.StartAsync(activity.Token);
        }
        catch
        {
            body.Release(); // a failed start leaves no read pending
            throw;
        }

        activity.Reset();
        if (!body.Whole)
        {
            return new RequestBodyContent(body, activity);
        }

        // A copy, so the pooled buffer goes back now: the handler may send this content again on a fresh connection.
        var whole = new ByteArrayContent(body.Current.ToArray());
        body.Release();
        return whole;
    }

    public static HttpRequestMessage Create(HttpContext context, ProxyDestination destination, HttpContent? body)
    {
        var incoming = context.Request;
        var pathAndQuery = incoming.PathBase.Add(incoming.Path).ToUriComponent() + incoming.QueryString.ToUriComponent();
        var request = destination.NewRequest(new HttpMethod(incoming.Method), pathAndQuery);
        request.Content = body;

        CopyHeaders(incoming.Headers, request, dropTraceHeaders: Activity.Current is not null);
        AddForwardedHeaders(context, request);
        return request;
    }

    private static bool HasBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
        ?? (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0);

    private static void CopyHeaders(IHeaderDictionary headers, HttpRequestMessage request, bool dropTraceHeaders)
    {
        var namedInConnection = HopByHopHeaders.NamedIn(headers.Connection);
        foreach (var (name, values) in headers)
        {
            if (HopByHopHeaders.IsHopByHop(name, namedInConnection)
                || name.Equals(HeaderNames.Host, StringComparison.OrdinalIgnoreCase)
                || name.StartsWith(':') // HTTP/2 and HTTP/3 pseudo-headers
                || name.Equals(ForwardedFor, StringComparison.OrdinalIgnoreCase)
                || name.Equals(ForwardedProto, StringComparison.OrdinalIgnoreCase)
                || name.Equals(ForwardedHost, StringComparison.OrdinalIgnoreCase)
                || (dropTraceHeaders && TraceHeaders.Contains(name)))
            {
                continue;
            }

            // Content-* headers belong on the content; without a body they have nothing to describe.
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }
    }

    private static void AddForwardedHeaders(HttpContext context, HttpRequestMessage request)
    {
        var incoming = context.Request;
        var chain = incoming.Headers[ForwardedFor].ToString();
        var client = context.Connection.RemoteIpAddress?.ToString();
        var forwardedFor = (chain.Length, client) switch
        {
            (0, null) => null,
            (0, _) => client,
            (_, null) => chain,
            _ => $"{chain}, {client}",
        };

        if (forwardedFor is not null)
        {
            request.Headers.TryAddWithoutValidation(ForwardedFor, forwardedFor);
        }

        request.Headers.TryAddWithoutValidation(ForwardedProto, incoming.Scheme);
        if (incoming.Host.HasValue)
        {
            request.Headers.TryAddWithoutValidation(ForwardedHost, incoming.Host.ToUriComponent());
        }
    }
}
