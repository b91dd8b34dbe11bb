using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceExcellence.Gateway.Tests.Support;

/// <summary>A real Kestrel app on 127.0.0.1 and a free port, standing in for a service behind the gateway.</summary>
public sealed class UpstreamServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private UpstreamServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts a server answering every path with <paramref name="handler"/> and <c>/health</c> with 200 (or <paramref name="health"/>).</summary>
    public static async Task<UpstreamServer> StartAsync(RequestDelegate handler, RequestDelegate? health = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Map("/health", health ?? (context => context.Response.WriteAsync("healthy", context.RequestAborted)));
        app.Map("/{**path}", handler);
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new UpstreamServer(app, new Uri(addresses.Addresses.Single()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
