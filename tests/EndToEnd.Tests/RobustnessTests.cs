using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace ServiceExcellence.EndToEnd.Tests;

[Collection(RunningSuiteCollection.Name)]
public sealed class RobustnessTests(RunningSuite suite, ITestOutputHelper output)
{
    private const int Requests = 10_000;
    private const int Subjects = 32;

    [Fact]
    public async Task Ten_thousand_malformed_requests_through_the_gateway_get_no_500_and_every_service_stays_healthy()
    {
        // Most requests carry a staff token so they get past the gateway to the services' own parsing; the tokens are
        // spread over enough subjects that the per-subject rate limit is never what answers.
        var tokens = new List<AuthenticationHeaderValue>();
        for (var i = 0; i < Subjects; i++)
        {
            var client = await suite.ClientAsAsync($"fuzz-{i}", ["admin"]);
            tokens.Add(client.DefaultRequestHeaders.Authorization!);
        }

        using var gateway = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, AllowAutoRedirect = false })
        {
            BaseAddress = suite.Host.GatewayUrl,
            Timeout = TimeSpan.FromSeconds(20),
        };
        var statuses = new ConcurrentDictionary<(string Kind, int Status), int>();
        var failures = new ConcurrentBag<string>();
        var resent = 0;
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, cancellationToken) =>
        {
            // A connection Kestrel closed after refusing an oversized request may be picked for the next one, which
            // then fails with a broken pipe before the gateway saw it: such a request is sent again, once, on a new one.
            for (var attempt = 1; ; attempt++)
            {
                var (kind, request) = MalformedRequests.Create(i, new Random(i));
                using (request)
                {
                    if (i % 10 != 0 && !request.Headers.Contains("X-Api-Key"))
                    {
                        request.Headers.Authorization = tokens[i % Subjects];
                    }

                    try
                    {
                        using var response = await gateway.SendAsync(request, cancellationToken);
                        var status = (int)response.StatusCode;
                        statuses.AddOrUpdate((kind, status), 1, (_, n) => n + 1);
                        if (status >= 500)
                        {
                            failures.Add($"#{i} {kind} {request.Method} {request.RequestUri} → {status}: {await Body(response)}");
                        }

                        return;
                    }
                    catch (HttpRequestException) when (kind is "oversized-body" or "oversized-header")
                    {
                        // Kestrel may close the connection on a refused oversized request before the client finishes sending.
                        statuses.AddOrUpdate((kind, 0), 1, (_, n) => n + 1);
                        return;
                    }
                    catch (HttpRequestException e) when (attempt == 1 && e.InnerException is IOException)
                    {
                        Interlocked.Increment(ref resent);
                    }
                }
            }
        });

        clock.Stop();
        foreach (var group in statuses.OrderBy(s => s.Key.Kind).ThenBy(s => s.Key.Status))
        {
            output.WriteLine($"{group.Key.Kind,-18} {(group.Key.Status == 0 ? "closed" : group.Key.Status.ToString()),6} × {group.Value}");
        }

        output.WriteLine($"{Requests} requests in {clock.Elapsed.TotalSeconds:F1} s ({resent} resent after a broken connection)");
        Assert.True(failures.IsEmpty, $"{failures.Count} answers ≥ 500:\n{string.Join('\n', failures.Take(20))}");
        Assert.Equal(Requests, statuses.Values.Sum());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed.TotalSeconds:F1} s");
        await AssertSuiteHealthyAsync();
    }

    private async Task AssertSuiteHealthyAsync()
    {
        using var client = suite.AnonymousClient();
        JsonElement body = default;
        HttpStatusCode status = default;
        // The anonymous requests above may have used up this address's budget for the current second.
        for (var attempt = 0; attempt < 20 && status != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(500);
            using var response = await client.GetAsync("/health");
            status = response.StatusCode;
            body = await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var service in new[] { "goals", "feedback", "audits", "reporting", "gateway" })
        {
            Assert.Equal("healthy", body.GetProperty("services").GetProperty(service).GetProperty("status").GetString(), ignoreCase: true);
        }
    }

    private static async Task<string> Body(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length > 300 ? text[..300] : text;
    }
}
