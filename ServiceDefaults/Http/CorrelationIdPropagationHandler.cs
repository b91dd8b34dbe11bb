using Microsoft.AspNetCore.Http;

namespace ServiceExcellence.ServiceDefaults.Http;

/// <summary>Carries the current correlation id onto outgoing calls to other services.</summary>
public sealed class CorrelationIdPropagationHandler(IHttpContextAccessor httpContextAccessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        AddCorrelationId(request);
        return base.SendAsync(request, cancellationToken);
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        AddCorrelationId(request);
        return base.Send(request, cancellationToken);
    }

    private void AddCorrelationId(HttpRequestMessage request)
    {
        if (request.Headers.Contains(CorrelationId.HeaderName))
        {
            return;
        }

        // The ambient id also covers work outside a request (consumers, background jobs); the incoming header is the fallback.
        var id = CorrelationId.Current;
        if (!CorrelationId.IsAcceptable(id))
        {
            var incoming = httpContextAccessor.HttpContext?.Request.Headers[CorrelationId.HeaderName];
            id = incoming is { Count: > 0 } values ? values[0] : null;
        }

        if (CorrelationId.IsAcceptable(id))
        {
            request.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, id);
        }
    }
}
