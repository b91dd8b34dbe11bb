using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceExcellence.ServiceDefaults.Resilience;

namespace ServiceExcellence.ServiceDefaults.Tests.Resilience;

public sealed class ResilienceOptionsTests
{
    [Fact]
    public void Defaults_are_ten_second_total_three_second_attempts_three_retries_and_a_half_failure_breaker()
    {
        var options = new ResilienceOptions();

        Assert.Equal(TimeSpan.FromSeconds(10), options.TotalTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3), options.AttemptTimeout);
        Assert.Equal(3, options.RetryCount);
        Assert.Equal(TimeSpan.FromMilliseconds(200), options.RetryBaseDelay);
        Assert.Equal(0.5, options.CircuitBreakerFailureRatio);
        Assert.Equal(TimeSpan.FromSeconds(30), options.CircuitBreakerSamplingDuration);
        Assert.Equal(5, options.CircuitBreakerMinimumThroughput);
        Assert.Equal(TimeSpan.FromSeconds(15), options.CircuitBreakerBreakDuration);
    }

    [Fact]
    public void A_service_client_binds_its_options_from_its_own_resilience_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["services:reporting:http:0"] = "http://127.0.0.1:5104",
            ["Resilience:reporting:RetryCount"] = "5",
            ["Resilience:reporting:AttemptTimeout"] = "00:00:01",
            ["Resilience:goals:RetryCount"] = "1",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddServiceClient<UpstreamClient>("reporting");
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<ResilienceOptions>>().Get("reporting");

        Assert.Equal(new ResilienceOptions { RetryCount = 5, AttemptTimeout = TimeSpan.FromSeconds(1) }, options);
    }

    [Theory]
    [InlineData("GET", false, true)]
    [InlineData("HEAD", false, true)]
    [InlineData("OPTIONS", false, true)]
    [InlineData("PUT", false, true)]
    [InlineData("DELETE", false, true)]
    [InlineData("POST", false, false)]
    [InlineData("PATCH", false, false)]
    [InlineData("POST", true, true)]
    [InlineData("PATCH", true, true)]
    public void Only_idempotent_methods_or_requests_with_an_idempotency_key_may_be_retried(string method, bool withKey, bool allowed)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "http://127.0.0.1/x");
        if (withKey)
        {
            request.Headers.Add(ResilienceHandler.IdempotencyKeyHeader, "k-1");
        }

        Assert.Equal(allowed, ResilienceHandler.IsRetryAllowed(request));
    }
}
