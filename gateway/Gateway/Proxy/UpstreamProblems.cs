using Yarp.ReverseProxy.Forwarder;

namespace ServiceExcellence.Gateway.Proxy;

/// <summary>
/// Answers a forward that failed (YARP's <see cref="IForwarderErrorFeature"/>) with problem details, as long as nothing
/// has been sent yet and the client is still there: 502 when the service could not be reached or failed, 504 when it made
/// no progress within the cluster's activity timeout, and the 4xx that YARP chose (400, 408, 413) when the client's own
/// body was the problem. Once the answer has started, YARP has already broken the client's connection.
/// </summary>
public sealed class UpstreamProblems(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // YARP clears the whole response when a forward fails before the answer starts, which takes the headers the
        // gateway had set (correlation id, CORS) with it; they are put back on the problem details.
        var gatewayHeaders = context.Response.Headers.ToArray();
        await next(context);

        if (context.GetForwarderErrorFeature() is not { } failure
            || context.Response.HasStarted
            || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        foreach (var (name, value) in gatewayHeaders)
        {
            context.Response.Headers.TryAdd(name, value);
        }

        var cluster = context.GetReverseProxyFeature().Cluster.Config;
        var problem = (failure.Error, context.Response.StatusCode) switch
        {
            (ForwarderError.RequestBodyClient, StatusCodes.Status413PayloadTooLarge) => ProxyProblems.RequestBodyTooLargeAsync(context),
            (ForwarderError.RequestBodyClient, StatusCodes.Status408RequestTimeout) => ProxyProblems.RequestBodyTooSlowAsync(context),
            (ForwarderError.RequestBodyClient, _) => ProxyProblems.BadRequestBodyAsync(context),
            (_, StatusCodes.Status504GatewayTimeout) => ProxyProblems.GatewayTimeoutAsync(
                context, cluster.ClusterId, cluster.HttpRequest?.ActivityTimeout ?? TimeSpan.Zero),
            _ => ProxyProblems.BadGatewayAsync(context, cluster.ClusterId),
        };
        await problem;
    }
}
