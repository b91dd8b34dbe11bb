using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ServiceExcellence.Goals.Tests;

/// <summary>
/// A stand-in for Reporting's metric routes on a free loopback port, with values the test sets per metric and
/// department. It stands in for another of our services, not for infrastructure; stop and start it to show Goals
/// riding out an outage. It records the bearer subject of each call to show Goals calls as itself.
/// </summary>
public sealed class ReportingStub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string Metric, string Department), (double? Value, long SampleSize)> _values = new();
    private WebApplication? _app;

    public int Port { get; } = FreePort();

    public string Url => $"http://127.0.0.1:{Port}";

    public int Calls;

    public ConcurrentQueue<string?> Authorizations { get; } = new();

    public static async Task<ReportingStub> StartNewAsync()
    {
        var stub = new ReportingStub();
        await stub.StartAsync();
        return stub;
    }

    public void Set(string metric, string departmentCode, double? value, long sampleSize = 100) =>
        _values[(metric, departmentCode)] = (value, sampleSize);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/api/reports/metrics/{metric}", (string metric, string departmentCode, string from, string to, HttpRequest request) =>
        {
            Interlocked.Increment(ref Calls);
            Authorizations.Enqueue(request.Headers.Authorization.ToString());
            var (value, n) = _values.GetValueOrDefault((metric, departmentCode), (null, 0));
            return Results.Json(new { metric, departmentCode, from, to, value, sampleSize = n });
        });
        app.MapGet("/api/reports/metrics/{metric}/series", (string metric, string departmentCode, string granularity) =>
            Results.Json(new { metric, departmentCode, granularity, points = Array.Empty<object>() }));
        await app.StartAsync();
        _app = app;
    }

    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
