using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Bench;

/// <summary>
/// Fills <c>feedback_entries</c> with millions of rows spread over 20 departments and a year, then times each search
/// filter of the API through the Feedback service (sequential requests, so the figures are latencies, not load).
/// </summary>
public static class SearchScenario
{
    private const int Departments = 20;

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(int rows, int requestsPerQuery)
    {
        Console.WriteLine("starting the suite …");
        await using var suite = await BenchSuite.StartAsync(new SuiteAppOptions());
        await FillAsync(suite.ConnectionStrings["feedbackdb"], rows);

        using var client = BenchTokens.Client(suite.SigningKeyPath, suite.ServiceUrls["feedback"], "analyst", TimeSpan.FromMinutes(2));
        var to = DateTimeOffset.UtcNow;
        var month = $"&from={Uri.EscapeDataString(to.AddDays(-30).ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}";
        var queries = new (string Name, string Query)[]
        {
            ("department", "departmentCode=bench-d7"),
            ("department + channel", "departmentCode=bench-d7&channel=call-centre"),
            ("department + sentiment", "departmentCode=bench-d7&sentiment=negative"),
            ("department + topic", "departmentCode=bench-d7&topic=waiting-time"),
            ("department + last 30 days", "departmentCode=bench-d7" + month),
            ("department + all filters", "departmentCode=bench-d7&channel=web&sentiment=negative&topic=price" + month),
            ("department, page 40", "departmentCode=bench-d7&page=40&pageSize=50"),
            ("whole organisation", ""),
            ("whole organisation + topic", "topic=delivery-logistics"),
        };

        var results = new List<LoadResult>();
        foreach (var (name, query) in queries)
        {
            var samples = new double[requestsPerQuery];
            for (var i = 0; i < requestsPerQuery; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync($"/api/feedback?{query}");
                response.EnsureSuccessStatusCode();
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            Array.Sort(samples);
            var result = new LoadResult($"search: {name}", 1, TimeSpan.FromMilliseconds(samples.Sum()), samples.Length, 0, samples);
            Console.WriteLine(Report.Line(result));
            results.Add(result);
        }

        return results;
    }

    /// <summary>
    /// Generates the rows inside PostgreSQL (generate_series), a million per statement, with every index in place.
    /// Channel, sentiment and topics are drawn from other digits of the row number than the department, so that every
    /// department has every combination (correlated columns would make some filters match nothing at all).
    /// </summary>
    private static async Task FillAsync(string connectionString, int rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        for (var start = 0; start < rows; start += 1_000_000)
        {
            var end = Math.Min(rows, start + 1_000_000);
            await using var insert = new NpgsqlCommand($"""
                INSERT INTO feedback_entries (id, department_code, channel, occurred_at, received_at, csat, nps, ces, comment,
                                              sentiment_score, sentiment_label, topics)
                SELECT gen_random_uuid(), 'bench-d' || (i % {Departments}), (i / {Departments}) % 8,
                       now() - (i % 31536000) * interval '1 second', now(), 1 + i % 5, i % 11, 1 + i % 7,
                       '客服态度很好 waited a bit ' || i, ((i % 200) - 100) / 100.0, (i / 160) % 3,
                       CASE (i / 7) % 5 WHEN 0 THEN ARRAY['waiting-time'] WHEN 1 THEN ARRAY['price', 'staff-attitude']
                                  WHEN 2 THEN ARRAY[]::text[] WHEN 3 THEN ARRAY['delivery-logistics'] ELSE ARRAY['waiting-time', 'price'] END
                FROM generate_series({start}, {end - 1}) AS i
                """, connection) { CommandTimeout = 0 };
            await insert.ExecuteNonQueryAsync();
            Console.WriteLine($"  {end:N0} rows after {clock.Elapsed.TotalSeconds:F0} s");
        }

        // The steady state of a live table, whose autovacuum runs every 10,000 inserts (see the SearchCoveringIndexes
        // migration): statistics current and the visibility map set, so index-only scans stay index-only.
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE feedback_entries", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync();
    }
}
