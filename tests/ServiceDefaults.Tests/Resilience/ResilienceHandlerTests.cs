using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Resilience;

namespace ServiceExcellence.ServiceDefaults.Tests.Resilience;

public sealed class ResilienceHandlerTests(UpstreamServer upstream) : IClassFixture<UpstreamServer>, IDisposable
{
    // A hung call fails the test instead of the run.
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));

    private CancellationToken Ct => timeout.Token;

    public void Dispose() => timeout.Dispose();

    [Fact]
    public async Task A_get_is_retried_until_the_upstream_recovers()
    {
        using var harness = new ServiceClientHarness(upstream);
        var key = ServiceClientHarness.NewKey();

        using var response = await harness.Client.GetAsync($"flaky/{key}?failures=2", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, upstream.Hits(key));
    }

    [Fact]
    public async Task A_get_that_keeps_failing_returns_the_last_response_after_all_retries()
    {
        using var harness = new ServiceClientHarness(upstream, new Dictionary<string, string?> { ["RetryCount"] = "2" });
        var key = ServiceClientHarness.NewKey();

        using var response = await harness.Client.GetAsync($"status/{key}/500", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(3, upstream.Hits(key));
    }

    [Fact]
    public async Task A_post_without_an_idempotency_key_is_not_retried()
    {
        using var harness = new ServiceClientHarness(upstream);
        var key = ServiceClientHarness.NewKey();

        using var response = await harness.Client.PostAsync(
            $"flaky/{key}?failures=1", new StringContent("{}", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, upstream.Hits(key));
    }

    [Fact]
    public async Task A_post_with_an_idempotency_key_is_retried_with_the_same_body_and_headers()
    {
        using var harness = new ServiceClientHarness(upstream);
        var key = ServiceClientHarness.NewKey();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"flaky/{key}?failures=2")
        {
            Content = new StringContent("""{"score":5}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(ResilienceHandler.IdempotencyKeyHeader, key);

        using var response = await harness.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attempts = upstream.ReceivedBy(key);
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, a =>
        {
            Assert.Equal("POST", a.Method);
            Assert.Equal("""{"score":5}""", a.Body);
            Assert.StartsWith("application/json", a.ContentType, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task An_attempt_that_exceeds_the_attempt_timeout_is_abandoned_and_retried()
    {
        using var harness = new ServiceClientHarness(
            upstream, new Dictionary<string, string?> { ["AttemptTimeout"] = "00:00:00.500" });
        var key = ServiceClientHarness.NewKey();
        var clock = Stopwatch.StartNew();

        using var response = await harness.Client.GetAsync($"slow/{key}?slow=1&ms=10000", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(upstream.Hits(key) >= 2, "the stalled attempt was not followed by another");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}, the stalled attempt was not cut off");
    }

    [Fact]
    public async Task Retry_after_from_the_upstream_is_honoured_but_capped()
    {
        using var harness = new ServiceClientHarness(
            upstream, new Dictionary<string, string?> { ["MaxRetryAfter"] = "00:00:00.400" });
        var key = ServiceClientHarness.NewKey();
        var clock = Stopwatch.StartNew();

        using var response = await harness.Client.GetAsync($"flaky/{key}?failures=1&status=429&retryAfter=60", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Back-off alone would be about 10 ms; the 60 s Retry-After is cut to the 400 ms cap.
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(350), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_then_fails_fast_without_calling_the_upstream()
    {
        using var harness = new ServiceClientHarness(upstream, BreakerSettings());
        var key = ServiceClientHarness.NewKey();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await harness.Client.GetAsync($"status/{key}/503", Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        }

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<BrokenCircuitException>(() => harness.Client.GetAsync($"status/{key}/503", Ct));
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(50), $"an open circuit took {clock.Elapsed.TotalMilliseconds} ms to refuse");
        Assert.Equal(5, upstream.Hits(key));
    }

    [Fact]
    public async Task Retries_stop_at_an_open_circuit_instead_of_hammering_it()
    {
        using var harness = new ServiceClientHarness(upstream, BreakerSettings(retries: 3));
        var key = ServiceClientHarness.NewKey();

        // 4 failed attempts, then the 5th opens the circuit and the retry after it is refused.
        await Assert.ThrowsAsync<BrokenCircuitException>(async () =>
        {
            for (var i = 0; i < 2; i++)
            {
                using var failed = await harness.Client.GetAsync($"status/{key}/503", Ct);
            }
        });
        var hitsWhenOpened = upstream.Hits(key);

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<BrokenCircuitException>(() => harness.Client.GetAsync($"status/{key}/503", Ct));
        clock.Stop();

        Assert.Equal(5, hitsWhenOpened);
        Assert.Equal(hitsWhenOpened, upstream.Hits(key));
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(50), $"an open circuit took {clock.Elapsed.TotalMilliseconds} ms to refuse");
    }

    [Fact]
    public async Task The_circuit_is_shared_by_every_client_of_the_same_service()
    {
        using var harness = new ServiceClientHarness(upstream, BreakerSettings());
        var key = ServiceClientHarness.NewKey();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await harness.Client.GetAsync($"status/{key}/500", Ct);
        }

        await Assert.ThrowsAsync<BrokenCircuitException>(() => harness.OtherClient.GetAsync($"flaky/{key}?failures=0", Ct));
    }

    [Fact]
    public async Task The_circuit_closes_again_when_a_probe_succeeds_after_the_break()
    {
        using var harness = new ServiceClientHarness(upstream, BreakerSettings(breakDuration: "00:00:00.500"));
        var key = ServiceClientHarness.NewKey();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await harness.Client.GetAsync($"status/{key}/503", Ct);
        }

        await Assert.ThrowsAsync<BrokenCircuitException>(() => harness.Client.GetAsync($"flaky/{key}?failures=0", Ct));
        await Task.Delay(TimeSpan.FromMilliseconds(700), Ct);

        using var probe = await harness.Client.GetAsync($"flaky/{key}?failures=0", Ct);
        using var next = await harness.Client.GetAsync($"flaky/{key}?failures=0", Ct);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task The_correlation_id_of_the_current_request_is_sent_on_every_attempt()
    {
        using var harness = new ServiceClientHarness(upstream);
        var key = ServiceClientHarness.NewKey();
        var incoming = new DefaultHttpContext();
        incoming.Request.Headers[CorrelationId.HeaderName] = "corr-42";
        harness.Services.GetRequiredService<IHttpContextAccessor>().HttpContext = incoming;

        using var response = await harness.Client.GetAsync($"flaky/{key}?failures=1", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["corr-42", "corr-42"], upstream.ReceivedBy(key).Select(r => r.CorrelationId));
    }

    [Fact]
    public async Task The_ambient_correlation_id_is_sent_from_work_outside_an_http_request()
    {
        using var harness = new ServiceClientHarness(upstream);
        var key = ServiceClientHarness.NewKey();
        // Async-local: visible to this test's flow only, as it is to one consumer's message.
        CorrelationId.Current = "from-consumer-7";

        using var response = await harness.Client.GetAsync($"flaky/{key}?failures=0", Ct);

        Assert.Equal("from-consumer-7", Assert.Single(upstream.ReceivedBy(key)).CorrelationId);
    }

    [Fact]
    public async Task No_correlation_header_is_sent_outside_a_request()
    {
        using var harness = new ServiceClientHarness(upstream);
        var key = ServiceClientHarness.NewKey();

        using var response = await harness.Client.GetAsync($"flaky/{key}?failures=0", Ct);

        Assert.Equal("", Assert.Single(upstream.ReceivedBy(key)).CorrelationId);
    }

    /// <summary>
    /// A breaker that opens after 5 calls of which half failed; retries off by default, so each call is exactly one sample.
    /// Its break lasts 30 s unless a test must see it end (500 ms, Polly's minimum): on a busy machine a short break can
    /// end between two steps of a test and let through a probe that the test did not send.
    /// </summary>
    private static Dictionary<string, string?> BreakerSettings(int retries = 0, string breakDuration = "00:00:30") => new()
    {
        ["RetryCount"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CircuitBreakerMinimumThroughput"] = "5",
        ["CircuitBreakerFailureRatio"] = "0.5",
        ["CircuitBreakerSamplingDuration"] = "00:00:10",
        ["CircuitBreakerBreakDuration"] = breakDuration,
    };
}
