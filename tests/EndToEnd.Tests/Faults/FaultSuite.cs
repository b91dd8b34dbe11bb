using System.Diagnostics;
using Xunit.Abstractions;

namespace ServiceExcellence.EndToEnd.Tests.Faults;

/// <summary>
/// A whole suite of its own for the fault tests: they stop, restart and kill resources, which must not disturb the
/// tests on <see cref="RunningSuite"/>. The gateway's rate limits are raised as there, since all load comes from one
/// loopback address.
/// </summary>
public sealed class FaultSuite(IMessageSink diagnostics) : GatewaySuite(diagnostics)
{
    protected override IReadOnlyDictionary<string, string> Environment => RaisedRateLimits;

    /// <summary>FAULTS_DATA_DIR keeps the suite's logs for a look afterwards.</summary>
    protected override string? DataDirectory => System.Environment.GetEnvironmentVariable("FAULTS_DATA_DIR");

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
