using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>
/// A whole suite started from the AppHost's model by Aspire.Hosting.Testing (infrastructure, four services, gateway)
/// for one collection of tests, driven through the gateway. Each collection that changes the suite (clocks, faults) has a suite of its own.
/// </summary>
public abstract class GatewaySuite(IMessageSink diagnostics) : IAsyncLifetime
{
    /// <summary>
    /// Every test request comes from one loopback address; the gateway's budgets (tested in Gateway.Tests) would
    /// otherwise throttle unrelated tests after a burst.
    /// </summary>
    protected static readonly IReadOnlyDictionary<string, string> RaisedRateLimits = new Dictionary<string, string>
    {
        ["Gateway__RateLimits__PerClientAddress"] = "1000000",
        ["Gateway__RateLimits__IntakePerKey"] = "1000000",
        ["Gateway__RateLimits__StaffPerSubject"] = "1000000",
    };

    public SuiteApp Host { get; private set; } = null!;

    /// <summary>Variables for every project of this suite.</summary>
    protected abstract IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Null: a temporary directory, deleted afterwards.</summary>
    protected virtual string? DataDirectory => null;

    public virtual async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        Host = await SuiteApp.StartAsync(new SuiteAppOptions
        {
            Log = line => diagnostics.OnMessage(new DiagnosticMessage(line)),
            DataDirectory = DataDirectory,
            ProjectEnvironment = Environment,
        });
        diagnostics.OnMessage(new DiagnosticMessage($"Suite healthy after {clock.Elapsed.TotalSeconds:F1} s"));
    }

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A gateway client with a development token (from the gateway's own dev-token route).</summary>
    public async Task<HttpClient> ClientAsAsync(string subject, string[] roles, params string[] departments)
    {
        var client = AnonymousClient();
        var response = await client.PostAsJsonAsync("/api/auth/dev-token", new { sub = subject, roles, depts = departments });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A gateway client that authenticates with an intake API key (the web widget, the call centre's telephony).</summary>
    public HttpClient ClientWithKey(string key)
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public HttpClient AnonymousClient() => new() { BaseAddress = Host.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
}
