using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceExcellence.Testing;

/// <summary>
/// An OTLP/HTTP (protobuf) endpoint on a free loopback port that accepts every export and decodes what a test asks
/// about: each span's, log record's and metric's name, trace and span ids, and the service that sent it.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Path, byte[] Body)> exports = new();
    private readonly WebApplication app;

    private OtlpReceiver(WebApplication app) => this.app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public int ExportCount => exports.Count;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new OtlpReceiver(builder.Build());
        // An empty protobuf body is a valid, fully successful Export*ServiceResponse.
        receiver.app.MapPost("/{**signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            receiver.exports.Enqueue((context.Request.Path, body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        receiver.BaseAddress = new Uri(address);
        return receiver;
    }

    /// <summary>Spans from <c>/v1/traces</c>: ResourceSpans(1) → ScopeSpans(2) → Span(2) with trace_id(1), span_id(2), name(5).</summary>
    public IReadOnlyList<Exported> Spans => Decode("/v1/traces", record => new(
        Protobuf.Text(record, 5), Protobuf.Hex(record, 1), Protobuf.Hex(record, 2)));

    /// <summary>Log records from <c>/v1/logs</c>: ResourceLogs(1) → ScopeLogs(2) → LogRecord(2) with body(5), trace_id(9), span_id(10).</summary>
    public IReadOnlyList<Exported> Logs => Decode("/v1/logs", record => new(
        Protobuf.Field(record, 5) is { } body ? Protobuf.Text(body, 1) : null, Protobuf.Hex(record, 9), Protobuf.Hex(record, 10)));

    /// <summary>Metrics from <c>/v1/metrics</c>: ResourceMetrics(1) → ScopeMetrics(2) → Metric(2) with name(1).</summary>
    public IReadOnlyList<Exported> Metrics => Decode("/v1/metrics", record => new(Protobuf.Text(record, 1), null, null));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    // Every OTLP export request has the same frame: repeated Resource*(1) { Resource(1) { attributes(1) }, Scope*(2) { records(2) } }.
    private List<Exported> Decode(string path, Func<byte[], Exported> read) =>
        [.. from export in exports where export.Path == path
            from resourceItems in Protobuf.Fields(export.Body, 1)
            let service = ServiceName(resourceItems)
            from scopeItems in Protobuf.Fields(resourceItems, 2)
            from record in Protobuf.Fields(scopeItems, 2)
            select read(record) with { Service = service }];

    private static string? ServiceName(byte[] resourceItems) =>
        Protobuf.Field(resourceItems, 1) is not { } resource
            ? null
            : Protobuf.Fields(resource, 1)
                .Where(attribute => Protobuf.Text(attribute, 1) == "service.name")
                .Select(attribute => Protobuf.Field(attribute, 2) is { } value ? Protobuf.Text(value, 1) : null)
                .FirstOrDefault();

    /// <summary>One exported span, log record or metric: its name (a log's body), ids in hex, and service.</summary>
    public sealed record Exported(string? Name, string? TraceId, string? SpanId)
    {
        public string? Service { get; init; }
    }
}
