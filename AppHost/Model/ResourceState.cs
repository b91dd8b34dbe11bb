namespace ServiceExcellence.AppHost.Model;

/// <summary>Where a resource is in its life, as the status table shows it.</summary>
internal enum ResourceState
{
    Waiting,
    Starting,
    Healthy,
    Unhealthy,
    Restarting,
    Stopping,
    Stopped,
    Failed,
    External,
}
