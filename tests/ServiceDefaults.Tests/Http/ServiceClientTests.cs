using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.ServiceDefaults.Tests.Http;

/// <summary>Our configuration of the standard resilience handler, through the real handler against a real Kestrel upstream.</summary>
public sealed class ServiceClientTests(UpstreamServer upstream) : IClassFixture<UpstreamServer>, IDisposable
{
    // A hung call fails the test instead of the run.
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(30));

    private CancellationToken Ct => timeout.Token;

    public void Dispose() => timeout.Dispose();

    [Fact]
    public void The_suites_numbers_apply_where_configuration_does_not_override_them()
    {
        using var harness = new ServiceClientHarness(upstream, new Dictionary<string, string?> { ["Retry:MaxRetryAttempts"] = "1" });

        var options = harness.Services.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>().Get($"{nameof(UpstreamClient)}-standard");

        Assert.Equal((1, TimeSpan.FromSeconds(5), true), (options.Retry.MaxRetryAttempts, options.Retry.MaxDelay, options.Retry.UseJitter));
        Assert.Equal((0.5, 30.0, TimeSpan.FromSeconds(15)),
            (options.CircuitBreaker.FailureRatio, options.CircuitBreaker.SamplingDuration.TotalSeconds, options.CircuitBreaker.BreakDuration));
    }

    [Fact]
    public async Task A_get_is_retried_after_a_503_until_the_upstream_recovers()
    {
        using var harness = new ServiceClientHarness(upstream);
        var key = ServiceClientHarness.NewKey();

        using var response = await harness.Client.GetAsync($"flaky/{key}?failures=2", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, upstream.Hits(key));
    }

    [Fact]
    public async Task A_post_is_not_retried()
    {
        using var harness = new ServiceClientHarness(upstream);
        var key = ServiceClientHarness.NewKey();

        using var response = await harness.Client.PostAsync(
            $"flaky/{key}?failures=1", new StringContent("{}", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, upstream.Hits(key));
    }

    [Fact]
    public async Task An_attempt_that_exceeds_the_attempt_timeout_is_abandoned_and_retried()
    {
        using var harness = new ServiceClientHarness(upstream, new Dictionary<string, string?> { ["AttemptTimeout:Timeout"] = "00:00:00.500" });
        var key = ServiceClientHarness.NewKey();
        var clock = Stopwatch.StartNew();

        using var response = await harness.Client.GetAsync($"slow/{key}?slow=1&ms=10000", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(upstream.Hits(key) >= 2, "the stalled attempt was not followed by another");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}, the stalled attempt was not cut off");
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_then_fails_fast_without_calling_the_upstream()
    {
        // POSTs are never retried, so each call is exactly one sample of the breaker; a break of 30 s cannot end mid-test.
        using var harness = new ServiceClientHarness(upstream, new Dictionary<string, string?>
        {
            ["CircuitBreaker:MinimumThroughput"] = "5",
            ["CircuitBreaker:BreakDuration"] = "00:00:30",
        });
        var key = ServiceClientHarness.NewKey();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await harness.Client.PostAsync($"status/{key}/503", null, Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        }

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<BrokenCircuitException>(() => harness.Client.GetAsync($"status/{key}/200", Ct));
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(50), $"an open circuit took {clock.Elapsed.TotalMilliseconds} ms to refuse");
        Assert.Equal(5, upstream.Hits(key));
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
}
