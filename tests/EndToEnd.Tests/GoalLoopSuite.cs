using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.AppHost;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>
/// The whole suite with Goals and Audits on their test clocks (<c>Goals:TestClock:Enabled</c>,
/// <c>Audits:TestClock:Enabled</c>), so that a test can let the contingency clock, a cadence and the cadences before an
/// automatic effectiveness check pass. SuiteOptions passes environment to every project; each service reads its own keys.
/// </summary>
public sealed class GoalLoopSuite(IMessageSink diagnostics) : IAsyncLifetime
{
    public SuiteHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await SuiteHost.StartAsync(new SuiteOptions
        {
            Log = line => diagnostics.OnMessage(new DiagnosticMessage(line)),
            ExtraEnvironment = new Dictionary<string, string>
            {
                ["Goals__TestClock__Enabled"] = "true",
                ["Audits__TestClock__Enabled"] = "true",
                // The advance runs Audits' jobs once; a KPI status that arrives just after it is picked up within a
                // second or two rather than on the default 30 s tick.
                ["Audits__CorrectiveActions__Interval"] = "00:00:01",
            },
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

    /// <summary>A gateway client that authenticates with an intake API key (the web widget, the call centre's telephony).</summary>
    public HttpClient ClientWithKey(string key)
    {
        var client = new HttpClient { BaseAddress = Host.GatewayUrl, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}

/// <summary>Tests on the suite with the test clocks; a suite of its own, since moving a clock affects every goal and action.</summary>
[CollectionDefinition(Name)]
public sealed class GoalLoopSuiteCollection : ICollectionFixture<GoalLoopSuite>
{
    public const string Name = "suite with the goals test clock";
}
