namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>The forwarder's log messages (source-generated, so hot paths don't allocate when disabled).</summary>
internal static partial class ForwarderLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Upstream {ClusterId} at {Destination} unreachable or failed before answering")]
    public static partial void UpstreamFailed(ILogger logger, string clusterId, Uri destination, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upstream {ClusterId} at {Destination} idle for {Timeout}; request cancelled")]
    public static partial void UpstreamTimedOut(ILogger logger, string clusterId, Uri destination, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Information, Message = "Request body for {ClusterId} rejected")]
    public static partial void RequestBodyRejected(ILogger logger, string clusterId, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Client aborted a request to {ClusterId}; upstream call cancelled")]
    public static partial void ClientAborted(ILogger logger, string clusterId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Client stopped reading the response from {ClusterId}")]
    public static partial void ClientStoppedReading(ILogger logger, string clusterId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Response body from {ClusterId} at {Destination} failed after the response started; aborting the client connection")]
    public static partial void ResponseBodyFailed(ILogger logger, string clusterId, Uri destination, Exception exception);
}
