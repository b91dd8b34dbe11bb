using Microsoft.Net.Http.Headers;

namespace ServiceExcellence.Gateway.Hardening;

/// <summary>
/// Headers every answer carries, whoever produced it (gateway or service): no sniffing, no framing, no referrer, a CSP
/// that forbids everything for API responses (the API UI under <see cref="DocsPath"/> gets one that lets it run), and no
/// <c>Server</c> banner even when a service sends one.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string DocsPath = "/docs";
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";
    private const string DocsPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(DocsPath) ? DocsPolicy : ApiPolicy;
            headers.Remove(HeaderNames.Server);
            headers.XPoweredBy = default;
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
