namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>RFC 7807 answers for what can go wrong between the gateway and an upstream.</summary>
public static class ProxyProblems
{
    public static Task BadGatewayAsync(HttpContext context, string clusterId) => WriteAsync(
        context,
        StatusCodes.Status502BadGateway,
        "Upstream service unavailable",
        $"The '{clusterId}' service could not be reached.");

    public static Task GatewayTimeoutAsync(HttpContext context, string clusterId, TimeSpan timeout) => WriteAsync(
        context,
        StatusCodes.Status504GatewayTimeout,
        "Upstream service timed out",
        $"The '{clusterId}' service did not answer within {timeout.TotalSeconds:0.###} s.");

    public static Task RequestBodyTooLargeAsync(HttpContext context) => WriteAsync(
        context,
        StatusCodes.Status413PayloadTooLarge,
        "Request body too large",
        "The request body exceeds the limit for this route.");

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

    private static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        // Goes through IProblemDetailsService when registered (which adds traceId and the correlation id).
        return TypedResults.Problem(detail: detail, statusCode: status, title: title)
            .ExecuteAsync(context);
    }
}
