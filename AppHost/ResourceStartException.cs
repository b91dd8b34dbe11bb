namespace ServiceExcellence.AppHost;

/// <summary>A resource did not become healthy: its process exited while starting or the health wait timed out.</summary>
public sealed class ResourceStartException(string resourceName, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The resource that failed, e.g. "rabbitmq".</summary>
    public string ResourceName { get; } = resourceName;
}
