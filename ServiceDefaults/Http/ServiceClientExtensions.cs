using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;

namespace ServiceExcellence.ServiceDefaults.Http;

/// <summary>What every client of another service of the suite gets: the caller's correlation id and the suite's resilience.</summary>
public static class ServiceClientExtensions
{
    /// <summary>
    /// Forwards the correlation id, then runs the standard resilience handler with the suite's numbers, overridden by
    /// <paramref name="resilience"/> (the shape of <see cref="HttpStandardResilienceOptions"/>, e.g. <c>Retry:MaxRetryAttempts</c>).
    /// Only GET, HEAD, OPTIONS and TRACE are retried: the suite's other calls are not safe to send twice.
    /// </summary>
    /// <remarks>
    /// Besides an ordinary response (a final 5xx or 429 once retries are spent included), a caller can see
    /// <c>BrokenCircuitException</c> (the circuit is open: nothing was sent), <c>TimeoutRejectedException</c> (the total
    /// or the last attempt's deadline passed) and <see cref="HttpRequestException"/> (the last attempt reached nobody).
    /// Handlers added after this one run inside the retries, once per attempt.
    /// </remarks>
    public static IHttpClientBuilder AddServiceClientDefaults(this IHttpClientBuilder builder, IConfigurationSection resilience)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(resilience);

        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddTransient<CorrelationIdPropagationHandler>();
        builder.AddHttpMessageHandler<CorrelationIdPropagationHandler>();
        builder.AddStandardResilienceHandler()
            .Configure(SuiteNumbers)
            // Bound as it is when the client is built; the library's section overload refuses a section that is absent.
            .Configure(options => resilience.Bind(options))
            .Configure(options => options.Retry.DisableForUnsafeHttpMethods());
        return builder;
    }

    /// <summary>
    /// A call gives up after 10 s in all and an attempt after 3 s; up to 3 retries from 200 ms, exponential with jitter,
    /// none longer than 5 s even when the server asks for more (Retry-After); the circuit opens for 15 s when half of at
    /// least 5 calls in 30 s failed.
    /// </summary>
    private static void SuiteNumbers(HttpStandardResilienceOptions options)
    {
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(10);
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(3);
        options.Retry.MaxRetryAttempts = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(5);
        options.CircuitBreaker.FailureRatio = 0.5;
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
        options.CircuitBreaker.MinimumThroughput = 5;
        options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(15);
    }
}
