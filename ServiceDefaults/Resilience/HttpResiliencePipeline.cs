using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ServiceExcellence.ServiceDefaults.Resilience;

/// <summary>Builds the pipeline every service client runs through: total timeout, retry, circuit breaker, attempt timeout.</summary>
/// <remarks>
/// The order matches Microsoft.Extensions.Http.Resilience's standard pipeline: the total timeout bounds everything,
/// retries wrap the breaker so each attempt is counted by it, and the attempt timeout sits innermost so a slow
/// attempt is both a breaker failure and a reason to retry.
/// </remarks>
public static class HttpResiliencePipeline
{
    /// <summary>Set per call by <see cref="ResilienceHandler"/>: only a request that is safe to send twice may be retried.</summary>
    internal static readonly ResiliencePropertyKey<bool> RetryAllowed = new("ServiceExcellence.Resilience.RetryAllowed");

    public static ResiliencePipeline<HttpResponseMessage> Create(
        string name, ResilienceOptions options, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        var time = timeProvider ?? TimeProvider.System;

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = name, TimeProvider = time };
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "total-timeout", Timeout = options.TotalTimeout });

        // Polly rejects MaxRetryAttempts < 0, and 0 would only add an idle strategy: leave retry out instead.
        if (options.RetryCount > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.RetryCount,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Context.Properties.GetValue(RetryAllowed, false) && IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome, options.MaxRetryAfter, time)),
                OnRetry = args =>
                {
                    logger?.LogDebug(
                        "Retrying {Pipeline} call (retry {Retry}) in {Delay} after {Outcome}",
                        name, args.AttemptNumber + 1, args.RetryDelay, Describe(args.Outcome));
                    return ValueTask.CompletedTask;
                },
                // Polly disposes each discarded HttpResponseMessage itself once OnRetry has run.
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            BreakDuration = options.CircuitBreakerBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            OnOpened = args =>
            {
                logger?.LogWarning(
                    "Circuit for {Pipeline} opened for {BreakDuration} after {Outcome}",
                    name, args.BreakDuration, Describe(args.Outcome));
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                logger?.LogInformation("Circuit for {Pipeline} closed", name);
                return ValueTask.CompletedTask;
            },
        });

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "attempt-timeout", Timeout = options.AttemptTimeout });
        return builder.Build();
    }

    /// <summary>Failures worth another try and worth counting against the upstream: network errors, attempt timeouts, 408, 429, 5xx.</summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Exception: null, Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    /// <summary>The server's own <c>Retry-After</c> on 429/503, capped; null lets the exponential back-off decide.</summary>
    private static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome, TimeSpan cap, TimeProvider time)
    {
        if (outcome.Result is not { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } response
            || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var delay = header.Delta ?? (header.Date is { } date ? date - time.GetUtcNow() : null);
        if (delay is not { } wait)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception
            ? exception.GetType().Name
            : $"HTTP {(int?)outcome.Result?.StatusCode}";
}
