using System.Buffers;
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
    private const int BufferSize = 64 * 1024;

    /// <summary>
    /// Copies status, headers and body. Status and headers are copied only once the first body read succeeds (or finds
    /// no body), so an upstream that fails straight after its headers still gets a clean 502/504 instead of a broken 200.
    /// </summary>
    public static async Task<(CopyFailure Failure, Exception? Error)> CopyAsync(
        HttpResponseMessage upstream, HttpContext context, ActivityTimeout activity)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        var readStillPending = false;
        try
        {
            Stream source;
            BodyStart start;
            try
            {
                source = await upstream.Content.ReadAsStreamAsync(activity.Token);
                start = await BodyStart.ReadAsync(source, buffer, activity.Token);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException or OperationCanceledException)
            {
                return (CopyFailure.UpstreamBeforeResponse, ex);
            }

            CopyStatusAndHeaders(upstream, context.Response);
            await using (source)
            {
                if (start.Whole)
                {
                    return await WriteWholeAsync(buffer.AsMemory(0, start.Length), context, activity);
                }

                readStillPending = true; // until StreamAsync says otherwise, also if it throws
                var (failure, error, pending) = await StreamAsync(source, buffer, start, context, activity);
                readStillPending = pending;
                return (failure, error);
            }
        }
        finally
        {
            // A read still pending may write into the buffer later: the pool must not hand it to another request.
            if (!readStillPending)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
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

    /// <summary>
    /// Passes the body on chunk by chunk as it comes, flushing each, for answers that are still being written. Also says
    /// whether the read begun by the start was left pending (the client failed first).
    /// </summary>
    private static async Task<(CopyFailure Failure, Exception? Error, bool ReadStillPending)> StreamAsync(
        Stream source, byte[] buffer, BodyStart start, HttpContext context, ActivityTimeout activity)
    {
        // Let a streamed response (server-sent events, long downloads) reach the client as it comes.
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var (offset, read, next) = (0, start.Length, start.Pending);
        while (read > 0)
        {
            activity.Reset();
            try
            {
                await context.Response.Body.WriteAsync(buffer.AsMemory(offset, read), activity.Token);
                await context.Response.Body.FlushAsync(activity.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
                return (CopyFailure.Client, ex, next is not null);
            }

            activity.Reset();
            try
            {
                // The first read after the start was already begun, into the buffer right after the start.
                (offset, read) = next is { } pending ? (offset + read, await pending) : (0, await source.ReadAsync(buffer, activity.Token));
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException or OperationCanceledException)
            {
                return (CopyFailure.UpstreamDuringResponse, ex, false);
            }
            finally
            {
                next = null;
            }
        }

        return (CopyFailure.None, null, false);
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
