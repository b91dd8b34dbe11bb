namespace ServiceExcellence.Gateway.Proxy;

/// <summary>
/// Refuses <c>CONNECT</c> on a proxied route with 405 problem details naming the methods it takes: the gateway forwards
/// requests, it opens no tunnels to services (YARP would fail the request as a 502).
/// </summary>
public sealed class TunnelRefusal(RequestDelegate next)
{
    private const string EveryOtherMethod = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsConnect(context.Request.Method))
        {
            return next(context);
        }

        var methods = context.GetReverseProxyFeature().Route.Config.Match.Methods;
        context.Response.Headers.Allow = methods is { Count: > 0 } ? string.Join(", ", methods) : EveryOtherMethod;
        return ProxyProblems.TunnelRefusedAsync(context);
    }
}
