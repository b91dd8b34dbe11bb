using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceExcellence.ServiceDefaults.Tests.Telemetry;

/// <summary>An OTLP/HTTP endpoint on a free loopback port that accepts every export and remembers where it was posted.</summary>
public sealed class FakeCollector : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> paths;
    private readonly WebApplication app;

    private FakeCollector(WebApplication app, ConcurrentQueue<string> paths, Uri baseAddress)
    {
        this.app = app;
        this.paths = paths;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IReadOnlyCollection<string> Paths => [.. paths];

    public static async Task<FakeCollector> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var paths = new ConcurrentQueue<string>();
        // An empty protobuf body is a valid, fully successful Export*ServiceResponse.
        app.MapPost("/{**signal}", (HttpContext context) =>
        {
            paths.Enqueue(context.Request.Path);
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new FakeCollector(app, paths, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
