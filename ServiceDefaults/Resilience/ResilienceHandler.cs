using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ServiceExcellence.ServiceDefaults.Resilience;

/// <summary>Sends each request through a Polly pipeline: our stand-in for Microsoft.Extensions.Http.Resilience's handler.</summary>
/// <remarks>
/// <para>Only requests that are safe to send twice are retried: GET, HEAD, OPTIONS, PUT and DELETE, or any request
/// carrying an <c>Idempotency-Key</c> header. Each retry sends a fresh copy with the buffered body.</para>
/// <para>Besides an ordinary response (including a final 5xx or 429 once retries are spent), a caller can see:
/// <see cref="BrokenCircuitException"/> when the upstream's circuit is open — nothing was sent, the call failed fast,
/// and the caller decides whether to degrade, queue or report 503;
/// <see cref="TimeoutRejectedException"/> when the total deadline or the last attempt's deadline passed;
/// <see cref="HttpRequestException"/> when the last attempt could not reach the upstream.
/// Cancellation by the caller's token surfaces as <see cref="OperationCanceledException"/> and is never retried.</para>
/// </remarks>
public sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Whether sending the request again cannot repeat its effect.</summary>
    public static bool IsRetryAllowed(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Put || method == HttpMethod.Delete
            || request.Headers.Contains(IdempotencyKeyHeader);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var retryAllowed = IsRetryAllowed(request);
        var snapshot = retryAllowed
            ? await RequestSnapshot.CaptureAsync(request, cancellationToken).ConfigureAwait(false)
            : null;

        var attempts = new Attempts(this, request, snapshot);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(HttpResiliencePipeline.RetryAllowed, retryAllowed);
        HttpResponseMessage? response = null;
        try
        {
            response = await pipeline.ExecuteAsync(
                static (ctx, state) => new ValueTask<HttpResponseMessage>(state.SendNextAsync(ctx.CancellationToken)),
                context,
                attempts).ConfigureAwait(false);
            return response;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
            attempts.DisposeCopiesExcept(response?.RequestMessage);
        }
    }

    /// <summary>Not supported: a blocking send would have to block on the pipeline's timers and back-off.</summary>
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{nameof(ResilienceHandler)} supports only asynchronous sends; use SendAsync.");

    private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    /// <summary>The original request on the first attempt, then a fresh copy per retry.</summary>
    private sealed class Attempts(ResilienceHandler handler, HttpRequestMessage original, RequestSnapshot? snapshot)
    {
        private readonly List<HttpRequestMessage> copies = [];
        private bool originalSent;

        public Task<HttpResponseMessage> SendNextAsync(CancellationToken cancellationToken)
        {
            if (!originalSent)
            {
                originalSent = true;
                return handler.SendInnerAsync(original, cancellationToken);
            }

            // Reached only if a pipeline other than HttpResiliencePipeline retries a non-idempotent request.
            var copy = snapshot?.CreateCopy() ?? throw new InvalidOperationException(
                $"The pipeline retried a {original.Method} request that is not safe to retry (no {IdempotencyKeyHeader} header).");
            copies.Add(copy);
            return handler.SendInnerAsync(copy, cancellationToken);
        }

        /// <summary>Disposes the copies of discarded attempts; the one behind the returned response stays with it.</summary>
        public void DisposeCopiesExcept(HttpRequestMessage? inUse)
        {
            foreach (var copy in copies.Where(c => !ReferenceEquals(c, inUse)))
            {
                copy.Dispose();
            }
        }
    }
}
