using ServiceExcellence.Gateway.ApiKeys;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Gateway.Hardening;

/// <summary>
/// One warning per denied request (400 for credentials, 401, 403, 413, 429, 431), whether the gateway or a service
/// refused it: who (subject or key id, client address), what (method and path, never the query, which may carry
/// secrets) and why. Keys and tokens are never logged. Runs inside the correlation-id scope, so the line carries it.
/// </summary>
public sealed class DeniedRequestLog(RequestDelegate next, ILogger<DeniedRequestLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        var status = context.Response.StatusCode;
        var reason = context.Items[Denials.ReasonItem] as string;
        if (reason is null && status is not (StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden
                or StatusCodes.Status413PayloadTooLarge or StatusCodes.Status429TooManyRequests
                or StatusCodes.Status431RequestHeaderFieldsTooLarge))
        {
            return;
        }

        logger.LogWarning(
            "Denied {Method} {Path} with {Status} for {Caller} from {ClientAddress}: {Reason}",
            context.Request.Method,
            context.Request.Path.Value,
            status,
            CallerOf(context),
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            reason ?? $"the service answered {status}");
    }

    private static string CallerOf(HttpContext context) =>
        ApiKeyCaller.Of(context)?.Subject ?? context.User.Subject();
}
