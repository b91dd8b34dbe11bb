using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using ServiceExcellence.Testing;
using ServiceExcellence.Contracts;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Reporting.Tests;

namespace ServiceExcellence.Bench;

/// <summary>
/// Reporting: queues FeedbackReceived events over the 12 months of 2026 and 20 departments on the broker while the
/// Reporting service is stopped, starts it, and measures how fast it folds them into its daily totals (events/s), then times
/// <c>GET /api/reports/metrics/nps</c> for one department over a quarter and for the organisation over the year,
/// uncached (<c>X-Report-Cache: bypass</c>, honoured because the scenario sets <c>Reporting__AllowCacheBypass</c>)
/// and cached. Sequential requests straight to the service, so the figures are latencies.
/// </summary>
public static class ReportingScenario
{
    private const int Departments = 20;

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(int events, int requests)
    {
        Console.WriteLine("starting the suite …");
        await using var suite = await BenchSuite.StartAsync(new SuiteAppOptions
        {
            ProjectEnvironment = new Dictionary<string, string> { ["Reporting__AllowCacheBypass"] = "true" },
        });
        var departments = Enumerable.Range(0, Departments).Select(i => $"bench-r{i:00}").ToArray();
        using var admin = BenchTokens.Client(suite.SigningKeyPath, suite.GatewayUrl, "admin", TimeSpan.FromMinutes(2));
        await RegisterAsync(admin, departments);

        var rate = await ConsumeAsync(suite, departments, events);
        Console.WriteLine(rate);

        using var analyst = BenchTokens.Client(suite.SigningKeyPath, suite.ServiceUrls["reporting"], "analyst", TimeSpan.FromMinutes(2));
        var queries = new (string Name, string Query)[]
        {
            ("nps, 1 department, quarter", $"departmentCode={departments[7]}&period=2026-Q3"),
            ("nps, organisation, year", "period=2026"),
        };
        var results = new List<LoadResult>();
        foreach (var (name, query) in queries)
        {
            results.Add(await TimeAsync(analyst, $"{name}, uncached", query, requests, bypass: true));
            results.Add(await TimeAsync(analyst, $"{name}, cached", query, requests, bypass: false));
        }

        Console.WriteLine();
        Console.WriteLine(rate);
        return results;
    }

    /// <summary>Publishes every event, sampling the totals each second until they hold them all.</summary>
    private static async Task<string> ConsumeAsync(SuiteApp suite, string[] departments, int count)
    {
        var random = new Random(2026);
        var yearStart = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        int? Maybe(int min, int max) => random.Next(5) == 0 ? null : random.Next(min, max + 1);
        var events = new List<IIntegrationEvent>(count);
        for (var i = 0; i < count; i++)
        {
            var at = yearStart.AddSeconds(random.Next(365 * 24 * 3600));
            var sentiment = random.Next(3) switch { 0 => null, 1 => "negative", _ => "positive" };
            events.Add(new FeedbackReceived(Guid.CreateVersion7(), at, departments[random.Next(departments.Length)], Guid.NewGuid(), "web", at,
                Maybe(1, 5), Maybe(0, 10), Maybe(1, 7), sentiment is not null, sentiment is null ? null : 0.5, sentiment, []));
        }

        // Reporting is stopped while the queue fills, so the drain measures consumption alone, not the publisher's pace.
        await using var database = NpgsqlDataSource.Create(suite.ConnectionStrings["reportingdb"]);
        await suite.StopResourceAsync("reporting");
        var publishClock = Stopwatch.StartNew();
        await BrokerBulkPublisher.PublishAsync(suite.ConnectionStrings["rabbitmq"], events);
        var published = publishClock.Elapsed.TotalSeconds;
        Console.WriteLine($"  {count:N0} published in {published:F1} s with Reporting stopped; starting it …");
        await suite.StartResourceAsync("reporting");
        var clock = Stopwatch.StartNew();
        long applied;
        do
        {
            await Task.Delay(1000);
            await using var command = database.CreateCommand("SELECT coalesce(sum(entries), 0)::bigint FROM daily_feedback_totals");
            applied = (long)(await command.ExecuteScalarAsync())!;
            Console.WriteLine($"  {applied:N0} of {count:N0} in the totals {clock.Elapsed.TotalSeconds:F0} s after Reporting was healthy");
        }
        while (applied < count);

        var drained = clock.Elapsed.TotalSeconds;
        return $"consumption: {count:N0} FeedbackReceived queued ({published:F1} s to publish, {count / published:F0}/s), " +
               $"all in the totals {drained:F1} s after Reporting was healthy = {count / drained:F0} events/s (1 s sampling)";
    }

    private static async Task<LoadResult> TimeAsync(HttpClient client, string name, string query, int requests, bool bypass)
    {
        using var warm = await SendAsync(client, query, bypass); // first request: connection, JIT, and (cached) the fill
        var samples = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await SendAsync(client, query, bypass);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(samples);
        var result = new LoadResult(name, 1, TimeSpan.FromMilliseconds(samples.Sum()), samples.Length, 0, samples);
        Console.WriteLine($"{Report.Line(result)}   value {(await warm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value")}");
        return result;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string query, bool bypass)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/reports/metrics/nps?{query}");
        if (bypass)
        {
            request.Headers.Add("X-Report-Cache", "bypass");
        }

        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }

    /// <summary>Registers the departments through the gateway and waits until Reporting knows them all.</summary>
    private static async Task RegisterAsync(HttpClient admin, string[] departments)
    {
        foreach (var code in departments)
        {
            (await admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = $"基准 {code}" })).EnsureSuccessStatusCode();
        }

        for (var attempt = 0; attempt < 300; attempt++)
        {
            var known = await admin.GetFromJsonAsync<JsonElement>("/api/reports/departments");
            if (departments.All(code => known.EnumerateArray().Any(d => d.GetProperty("code").GetString() == code)))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The Reporting service never learned of every department.");
    }
}
