using Microsoft.Net.Http.Headers;
using ServiceExcellence.Gateway.Hardening;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Gateway.ApiKeys;

/// <summary>
/// CORS for the web widget, which runs on the enterprise's own sites and calls the gateway with a key. A preflight
/// carries no key, so the gateway answers it itself for any origin some active key allows; the real request is then
/// held to the origins of its own key by <see cref="ApiKeyGate"/>. Preflights never reach a service.
/// </summary>
public sealed class ApiKeyCors(RequestDelegate next, ApiKeyDirectory directory)
{
    private const string AllowedMethods = "GET, POST, PUT, PATCH, DELETE";
    private static readonly string AllowedHeaders =
        string.Join(", ", ApiKeyGate.HeaderName, HeaderNames.ContentType, IdempotentRequests.HeaderName, CorrelationId.HeaderName);
    private static readonly string ExposedHeaders =
        string.Join(", ", CorrelationId.HeaderName, HeaderNames.RetryAfter, HeaderNames.Location);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsOptions(request.Method) ||
            !request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod) ||
            request.Headers.Origin.ToString() is not { Length: > 0 } origin)
        {
            await next(context);
            return;
        }

        context.Response.Headers.Vary = HeaderNames.Origin;
        if (!(await directory.AllowedOriginsAsync(context.RequestAborted)).Contains(origin))
        {
            await Denials.WriteAsync(context, StatusCodes.Status403Forbidden, "Origin not allowed",
                $"No API key allows the origin '{origin}'.");
            return;
        }

        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = origin;
        headers.AccessControlAllowMethods = AllowedMethods;
        headers.AccessControlAllowHeaders = AllowedHeaders;
        headers.AccessControlMaxAge = "600";
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>The headers on the answer to a real request from an origin its key allows.</summary>
    internal static void AllowActualRequest(HttpResponse response, string origin)
    {
        response.Headers.AccessControlAllowOrigin = origin;
        response.Headers.AccessControlExposeHeaders = ExposedHeaders;
        response.Headers.Vary = HeaderNames.Origin;
    }
}
