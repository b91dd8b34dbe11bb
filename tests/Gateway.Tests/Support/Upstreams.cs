using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ServiceExcellence.Gateway.Tests.Support;

/// <summary>The kinds of upstream the tests put behind the gateway.</summary>
public static class Upstreams
{
    /// <summary>Streams the request body straight back.</summary>
    public static Task<UpstreamServer> EchoAsync() => UpstreamServer.StartAsync(async context =>
    {
        context.Response.ContentType = "application/octet-stream";
        await context.Request.Body.CopyToAsync(context.Response.Body, context.RequestAborted);
    });

    /// <summary>Sends <paramref name="payload"/> in 64 KB chunks without a Content-Length (chunked).</summary>
    public static Task<UpstreamServer> DownloadAsync(byte[] payload) => UpstreamServer.StartAsync(async context =>
    {
        context.Response.ContentType = "application/octet-stream";
        for (var offset = 0; offset < payload.Length; offset += 64 * 1024)
        {
            await context.Response.Body.WriteAsync(payload.AsMemory(offset, Math.Min(64 * 1024, payload.Length - offset)), context.RequestAborted);
        }
    });

    /// <summary>Describes the request it received as JSON (<see cref="InspectedRequest"/>), naming itself <paramref name="service"/>.</summary>
    public static Task<UpstreamServer> InspectAsync(string service = "inspect") => UpstreamServer.StartAsync(InspectHandler(service));

    /// <summary>The inspecting upstream on the Unix domain socket <paramref name="path"/> only.</summary>
    public static Task<UpstreamServer> InspectOnSocketAsync(string path, string service = "inspect") =>
        UpstreamServer.StartOnSocketAsync(path, InspectHandler(service));

    private static RequestDelegate InspectHandler(string service) => async context =>
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
        context.Response.Headers["X-Upstream-Hop"] = "must not pass";
        context.Response.Headers.Connection = "X-Upstream-Hop";
        context.Response.Headers["X-Upstream-Normal"] = "passes";
        WriteWholeJson(context.Response, new InspectedRequest(
            service,
            request.Method,
            request.Path.ToUriComponent(),
            request.QueryString.ToUriComponent(),
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            request.Protocol));
    };

    /// <summary>
    /// Writes <paramref name="value"/> as JSON with no length and no flush, so the server sends it (chunked over HTTP/1.1)
    /// in one write together with its end when the handler returns: the answer arrives whole, as a small service answer
    /// usually does. Flushed first, the end could follow in a later packet on a busy machine, and the gateway, rightly,
    /// would then pass the body on chunk by chunk.
    /// </summary>
    public static void WriteWholeJson(HttpResponse response, object value)
    {
        response.ContentType = "application/json; charset=utf-8";
        response.BodyWriter.Write(JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions.Web));
    }

    /// <summary>Answers 200 with no body and counts the requests it got, so a test can show the gateway sent none.</summary>
    public static async Task<(UpstreamServer Server, RequestCounter Counter)> CountingAsync()
    {
        var counter = new RequestCounter();
        var server = await UpstreamServer.StartAsync(_ =>
        {
            counter.Increment();
            return Task.CompletedTask;
        });
        return (server, counter);
    }

    /// <summary>
    /// Answers only after <paramref name="delay"/>; reports through <paramref name="started"/> that a request arrived and
    /// through <paramref name="aborted"/> if the gateway gave up first.
    /// </summary>
    public static Task<UpstreamServer> SlowAsync(
        TimeSpan delay, TaskCompletionSource? aborted = null, TaskCompletionSource? started = null) => UpstreamServer.StartAsync(async context =>
    {
        started?.TrySetResult();
        try
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            aborted?.TrySetResult();
            throw;
        }

        await context.Response.WriteAsync("finally", context.RequestAborted);
    });
}

/// <summary>What the inspecting upstream saw.</summary>
public sealed record InspectedRequest(
    string Service,
    string Method,
    string Path,
    string Query,
    Dictionary<string, string> Headers,
    string Body,
    string Protocol)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}

/// <summary>How many requests an upstream received.</summary>
public sealed class RequestCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
