namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>Forwards one request to a cluster and streams the answer back, mapping upstream failures to problem details.</summary>
public sealed class HttpForwarder(ForwarderHttpClient client, ILogger<HttpForwarder> logger)
{
    public async Task ForwardAsync(HttpContext context, ProxyCluster cluster)
    {
        var destination = cluster.PickDestination();
        using var activity = new ActivityTimeout(cluster.ActivityTimeout, context.RequestAborted);
        HttpContent? body;
        try
        {
            body = await ProxyRequestFactory.ReadBodyAsync(context, activity);
        }
        catch (Exception ex) when (ex is IOException or BadHttpRequestException or OperationCanceledException)
        {
            await OnSendFailedAsync(context, cluster, destination, activity, clientReadFailure: ex, ex);
            return;
        }

        using var request = ProxyRequestFactory.Create(context, destination, body);

        HttpResponseMessage upstream;
        try
        {
            // An HttpMessageInvoker returns as soon as the response headers are in (ResponseHeadersRead semantics).
            upstream = await client.Invoker.SendAsync(request, activity.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            await OnSendFailedAsync(context, cluster, destination, activity, (request.Content as RequestBodyContent)?.ClientReadFailure, ex);
            return;
        }

        using (upstream)
        {
            var (failure, error) = await ProxyResponseWriter.CopyAsync(upstream, context, activity);
            if (error is null)
            {
                return;
            }

            switch (failure)
            {
                case CopyFailure.UpstreamBeforeResponse:
                    await OnSendFailedAsync(context, cluster, destination, activity, clientReadFailure: null, error);
                    break;
                case CopyFailure.Client:
                case CopyFailure.UpstreamDuringResponse when context.RequestAborted.IsCancellationRequested:
                    ForwarderLog.ClientStoppedReading(logger, cluster.ClusterId, error);
                    context.Abort();
                    break;
                default:
                    // Status and part of the body are on the wire: the only honest signal left is a broken connection.
                    ForwarderLog.ResponseBodyFailed(logger, cluster.ClusterId, destination.Address, error);
                    context.Abort();
                    break;
            }
        }
    }

    private Task OnSendFailedAsync(
        HttpContext context, ProxyCluster cluster, ProxyDestination destination, ActivityTimeout activity, Exception? clientReadFailure, Exception error)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            ForwarderLog.ClientAborted(logger, cluster.ClusterId);
            return Task.CompletedTask;
        }

        if (clientReadFailure is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge)
        {
            ForwarderLog.RequestBodyRejected(logger, cluster.ClusterId, tooLarge);
            return ProxyProblems.RequestBodyTooLargeAsync(context);
        }

        // Our idle timer, or the handler's own connect timeout (an OperationCanceledException not caused by the client).
        if (activity.TimedOut || error is OperationCanceledException)
        {
            ForwarderLog.UpstreamTimedOut(logger, cluster.ClusterId, destination.Address, activity.Timeout);
            return ProxyProblems.GatewayTimeoutAsync(context, cluster.ClusterId, activity.Timeout);
        }

        if (clientReadFailure is { } readFailure)
        {
            ForwarderLog.RequestBodyRejected(logger, cluster.ClusterId, readFailure);
            return ProxyProblems.BadRequestBodyAsync(context);
        }

        ForwarderLog.UpstreamFailed(logger, cluster.ClusterId, destination.Address, error);
        return ProxyProblems.BadGatewayAsync(context, cluster.ClusterId);
    }
}
