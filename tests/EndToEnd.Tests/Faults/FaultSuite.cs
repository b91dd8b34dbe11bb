using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.AppHost;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ServiceExcellence.EndToEnd.Tests.Faults;

/// <summary>
/// A whole suite of its own for the fault tests: they stop, restart and kill resources, which must not disturb the
/// tests on <see cref="RunningSuite"/>. The gateway's rate limits are raised as there, since all load comes from one
/// loopback address.
/// </summary>
public sealed class FaultSuite(IMessageSink diagnostics) : IAsyncLifetime
{
    public SuiteHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await SuiteHost.StartAsync(new SuiteOptions
        {
            Log = line => diagnostics.OnMessage(new DiagnosticMessage(line)),
            DataDirectory = Environment.GetEnvironmentVariable("FAULTS_DATA_DIR"),
            ExtraEnvironment = new Dictionary<string, string>
            {
                ["Gateway__RateLimits__PerClientAddress"] = "1000000",
                ["Gateway__RateLimits__IntakePerKey"] = "1000000",
                ["Gateway__RateLimits__StaffPerSubject"] = "1000000",
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

    /// <summary>Waits until the gateway's <c>/health</c> reports every service healthy; returns how long that took.</summary>
    public async Task<TimeSpan> UntilHealthyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = Host.GatewayUrl, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var last = "no answer";
        while (clock.Elapsed < limit)
        {
            try
            {
                using var response = await client.GetAsync("/health");
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                if (response.IsSuccessStatusCode)
                {
                    return clock.Elapsed;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The suite was not healthy within {limit.TotalSeconds:F0} s; last answer: {last}");
    }
}

/// <summary>The fault tests share one suite of their own and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class FaultSuiteCollection : ICollectionFixture<FaultSuite>
{
    public const string Name = "suite for fault tests";
}
