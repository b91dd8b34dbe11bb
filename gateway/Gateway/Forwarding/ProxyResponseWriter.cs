using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>Which side broke a response copy, and whether the client had been sent anything by then.</summary>
public enum CopyFailure
{
    None,

    /// <summary>The upstream failed before its first body read completed; nothing was copied, a problem can still be sent.</summary>
    UpstreamBeforeResponse,

    /// <summary>The upstream failed mid-body; status and headers are already the client's.</summary>
    UpstreamDuringResponse,

    Client,
}

/// <summary>Writes the upstream's status, headers and body to the client, streaming and flushing chunk by chunk.</summary>
public static class ProxyResponseWriter
{
    /// <summary>
    /// Copies status, headers and body. Status and headers are copied only once the first body read succeeds (or finds
    /// no body), so an upstream that fails straight after its headers still gets a clean 502/504 instead of a broken 200.
    /// </summary>
    public static async Task<(CopyFailure Failure, Exception? Error)> CopyAsync(
        HttpResponseMessage upstream, HttpContext context, ActivityTimeout activity)
    {
        BodyChunks body;
        try
        {
            body = new BodyChunks(await upstream.Content.ReadAsStreamAsync(activity.Token));
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or OperationCanceledException)
        {
            return (CopyFailure.UpstreamBeforeResponse, ex);
        }

        try
        {
            try
            {
                await body.StartAsync(activity.Token);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException or OperationCanceledException)
            {
                return (CopyFailure.UpstreamBeforeResponse, ex);
            }

            CopyStatusAndHeaders(upstream, context.Response);
            return body.Whole
                ? await WriteWholeAsync(body.Current, context, activity)
                : await StreamAsync(body, context, activity);
        }
        finally
        {
            body.Release();
        }
    }

    /// <summary>Passes on a body that arrived whole, with its length, in one write.</summary>
    private static async Task<(CopyFailure Failure, Exception? Error)> WriteWholeAsync(
        ReadOnlyMemory<byte> body, HttpContext context, ActivityTimeout activity)
    {
        var response = context.Response;
        if (body.IsEmpty)
        {
            return (CopyFailure.None, null);
        }

        activity.Reset();
        // A chunked upstream answer loses its Transfer-Encoding (hop-by-hop); its length is now known.
        response.ContentLength ??= body.Length;
        try
        {
            // No flush: Kestrel sends headers and body together when the request completes.
            await response.Body.WriteAsync(body, activity.Token);
            return (CopyFailure.None, null);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            return (CopyFailure.Client, ex);
        }
    }

    /// <summary>Passes the body on chunk by chunk as it comes, flushing each, for answers that are still being written.</summary>
    private static async Task<(CopyFailure Failure, Exception? Error)> StreamAsync(
        BodyChunks body, HttpContext context, ActivityTimeout activity)
    {
        // Let a streamed response (server-sent events, long downloads) reach the client as it comes.
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        for (var chunk = body.Current; !chunk.IsEmpty;)
        {
            activity.Reset();
            try
            {
                await context.Response.Body.WriteAsync(chunk, activity.Token);
                await context.Response.Body.FlushAsync(activity.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
                return (CopyFailure.Client, ex);
            }

            activity.Reset();
            try
            {
                chunk = await body.NextAsync(activity.Token);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException or OperationCanceledException)
            {
                return (CopyFailure.UpstreamDuringResponse, ex);
            }
        }

        return (CopyFailure.None, null);
    }

    private static void CopyStatusAndHeaders(HttpResponseMessage upstream, HttpResponse response)
    {
        response.StatusCode = (int)upstream.StatusCode;
        var namedInConnection = upstream.Headers.NonValidated.TryGetValues(HeaderNames.Connection, out var connection)
            ? HopByHopHeaders.NamedIn(connection.ToArray())
            : null;

        foreach (var (name, values) in upstream.Headers.NonValidated)
        {
            CopyHeader(name, values, response, namedInConnection);
        }

        foreach (var (name, values) in upstream.Content.Headers.NonValidated)
        {
            CopyHeader(name, values, response, namedInConnection);
        }
    }

    private static void CopyHeader(string name, HeaderStringValues values, HttpResponse response, HashSet<string>? namedInConnection)
    {
        if (!HopByHopHeaders.IsHopByHop(name, namedInConnection))
        {
            response.Headers[name] = values.Count == 1 ? values.ToString() : values.ToArray();
        }
    }
}
