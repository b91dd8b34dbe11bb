using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.ServiceDefaults.Tests.Http;

/// <summary>A real Kestrel upstream on a free loopback port whose endpoints fail, stall or succeed on demand.</summary>
/// <remarks>Every endpoint takes a key, and tests use a fresh key each, so they share the server without affecting each other.</remarks>
public sealed class UpstreamServer : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, int> hits = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Received>> received = new();
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;

    public int Hits(string key) => hits.GetValueOrDefault(key);

    public IReadOnlyList<Received> ReceivedBy(string key) =>
        received.TryGetValue(key, out var queue) ? [.. queue] : [];

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();

        // Answers `status` (with an optional Retry-After) for the first `failures` hits, then 200.
        app.Map("/flaky/{key}", async (HttpContext context, string key, int failures, int? status, int? retryAfter) =>
        {
            var hit = await Record(context, key);
            if (hit > failures)
            {
                return Results.Text($"ok after {hit}");
            }

            if (retryAfter is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.StatusCode(status ?? StatusCodes.Status503ServiceUnavailable);
        });

        // Stalls the first `slow` hits for `ms` milliseconds, then answers at once.
        app.Map("/slow/{key}", async (HttpContext context, string key, int slow, int ms) =>
        {
            var hit = await Record(context, key);
            if (hit <= slow)
            {
                await Task.Delay(ms, context.RequestAborted);
            }

            return Results.Text($"ok after {hit}");
        });

        app.Map("/status/{key}/{code:int}", async (HttpContext context, string key, int code) =>
        {
            await Record(context, key);
            return Results.StatusCode(code);
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseAddress = new Uri(address);

        // One request up front takes the server's first-request cost out of the tests' timings.
        using var warmUp = new HttpClient { BaseAddress = BaseAddress };
        using var response = await warmUp.GetAsync("status/warm-up/200");
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task<int> Record(HttpContext context, string key)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        received.GetOrAdd(key, _ => new()).Enqueue(new Received(
            context.Request.Method,
            body,
            context.Request.Headers[CorrelationId.HeaderName].ToString(),
            context.Request.Headers.ContentType.ToString()));
        return hits.AddOrUpdate(key, 1, (_, n) => n + 1);
    }

    /// <summary>What one attempt delivered to the upstream.</summary>
    public sealed record Received(string Method, string Body, string CorrelationId, string ContentType);
}
