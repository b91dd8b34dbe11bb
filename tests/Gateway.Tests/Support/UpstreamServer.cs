using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceExcellence.Gateway.Tests.Support;

/// <summary>A real Kestrel app on 127.0.0.1 and a free port (or on a Unix domain socket), standing in for a service behind the gateway.</summary>
public sealed class UpstreamServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _address;

    private UpstreamServer(WebApplication app, string address)
    {
        _app = app;
        _address = address;
    }

    /// <summary>Where the server listens on TCP (not meaningful for a server on a socket only).</summary>
    public Uri Address => new(_address);

    /// <summary>Starts a server answering every path with <paramref name="handler"/> and <c>/health</c> with 200 (or <paramref name="health"/>).</summary>
    public static Task<UpstreamServer> StartAsync(RequestDelegate handler, RequestDelegate? health = null) =>
        StartAsync("http://127.0.0.1:0", handler, health);

    /// <summary>The same, listening on the Unix domain socket <paramref name="path"/> only, with HTTP/2 only, as the AppHost's services do.</summary>
    public static Task<UpstreamServer> StartOnSocketAsync(string path, RequestDelegate handler) =>
        StartAsync($"http://unix:{path}", handler, health: null, HttpProtocols.Http2);

    private static async Task<UpstreamServer> StartAsync(
        string url, RequestDelegate handler, RequestDelegate? health, HttpProtocols protocols = HttpProtocols.Http1AndHttp2)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = protocols));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Map("/health", health ?? (context => context.Response.WriteAsync("healthy", context.RequestAborted)));
        app.Map("/{**path}", handler);
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new UpstreamServer(app, addresses.Addresses.Single());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
