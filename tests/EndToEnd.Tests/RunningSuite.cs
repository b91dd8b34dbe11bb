using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.AppHost;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>The whole suite started by SuiteHost (infrastructure, four services, gateway), driven through the gateway.</summary>
public sealed class RunningSuite(IMessageSink diagnostics) : IAsyncLifetime
{
    public SuiteHost Host { get; private set; } = null!;

    public TimeSpan StartupTime { get; private set; }

    public async Task InitializeAsync()
    {
        var started = DateTime.UtcNow;
        Host = await SuiteHost.StartAsync(new SuiteOptions
        {
            Log = line => diagnostics.OnMessage(new DiagnosticMessage(line)),

            // Every test request comes from one loopback address; the per-address budget (tested in Gateway.Tests)
            // would otherwise throttle unrelated tests after the robustness test's burst.
            ExtraEnvironment = new Dictionary<string, string>
            {
                ["Gateway__RateLimits__PerClientAddress"] = "1000000",
                ["Gateway__RateLimits__IntakePerKey"] = "1000000",
                ["Gateway__RateLimits__StaffPerSubject"] = "1000000",
            },
        });
        StartupTime = DateTime.UtcNow - started;
        diagnostics.OnMessage(new DiagnosticMessage($"Suite healthy after {StartupTime.TotalSeconds:F1} s"));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A gateway client with a development token (from the gateway's own dev-token route).</summary>
    public async Task<HttpClient> ClientAsAsync(string subject, string[] roles, params string[] departments)
    {
        var client = new HttpClient { BaseAddress = Host.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
        var response = await client.PostAsJsonAsync("/api/auth/dev-token", new { sub = subject, roles, depts = departments });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient AnonymousClient() => new() { BaseAddress = Host.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
}

/// <summary>All end-to-end tests share one running suite and run one after another (some stop resources).</summary>
[CollectionDefinition(Name)]
public sealed class RunningSuiteCollection : ICollectionFixture<RunningSuite>
{
    public const string Name = "running suite";
}
