using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.AppHost;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>
/// The whole suite with Goals on its test clock (<c>Goals:TestClock:Enabled</c>), so that a test can let the contingency
/// clock and a cadence pass. SuiteOptions passes environment to every project; only Goals reads the key.
/// </summary>
public sealed class GoalLoopSuite(IMessageSink diagnostics) : IAsyncLifetime
{
    public SuiteHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await SuiteHost.StartAsync(new SuiteOptions
        {
            Log = line => diagnostics.OnMessage(new DiagnosticMessage(line)),
            ExtraEnvironment = new Dictionary<string, string> { ["Goals__TestClock__Enabled"] = "true" },
        });
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
}

/// <summary>Tests on the suite with Goals' test clock; a suite of its own, since moving the clock affects every goal.</summary>
[CollectionDefinition(Name)]
public sealed class GoalLoopSuiteCollection : ICollectionFixture<GoalLoopSuite>
{
    public const string Name = "suite with the goals test clock";
}
