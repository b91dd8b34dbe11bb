using ServiceExcellence.Gateway.Hardening;

namespace ServiceExcellence.Gateway.Proxy;

/// <summary>
/// RFC 9457 answers for what can go wrong between the client, the gateway and a service. They go through
/// <c>IProblemDetailsService</c> (<c>TypedResults.Problem</c> does), which adds traceId and the correlation id.
/// </summary>
public static class ProxyProblems
{
    private const string RetryAdvice =
        "The request may have been applied; retrying it with the same Idempotency-Key is safe.";

    public static Task BadGatewayAsync(HttpContext context, string service) => WriteAsync(
        context,
        StatusCodes.Status502BadGateway,
        "Upstream service unavailable",
        $"The '{service}' service could not be reached or failed before answering. {RetryAdvice}");

    public static Task GatewayTimeoutAsync(HttpContext context, string service, TimeSpan timeout) => WriteAsync(
        context,
        StatusCodes.Status504GatewayTimeout,
        "Upstream service timed out",
        $"The '{service}' service did not answer within {timeout.TotalSeconds:0.###} s. {RetryAdvice}");

    // Refused input is logged as a denial, with the reason given here rather than "the service answered 413".
    public static Task RequestBodyTooLargeAsync(HttpContext context) => Denials.WriteAsync(
        context,
        StatusCodes.Status413PayloadTooLarge,
        "Request body too large",
        "The request body exceeds the limit for this route.");

    public static Task RequestBodyTooSlowAsync(HttpContext context) => WriteAsync(
        context,
        StatusCodes.Status408RequestTimeout,
        "Request body too slow",
        "The request body did not arrive in time.");

    public static Task BadRequestBodyAsync(HttpContext context) => WriteAsync(
        context,
        StatusCodes.Status400BadRequest,
        "Unreadable request body",
        "The request body could not be read.");

    public static Task NoRouteAsync(HttpContext context) => WriteAsync(
        context,
        StatusCodes.Status404NotFound,
        "No such API",
        $"No service serves {context.Request.Method} {context.Request.Path}.");

    public static Task TunnelRefusedAsync(HttpContext context) => WriteAsync(
        context,
        StatusCodes.Status405MethodNotAllowed,
        "Method not allowed",
        "The gateway forwards requests to services; it does not open tunnels (CONNECT).");

    private static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);
}
