namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>A cluster with resolved destinations, spreading requests over them round-robin.</summary>
public sealed class ProxyCluster(
    string clusterId,
    IReadOnlyList<ProxyDestination> destinations,
    TimeSpan activityTimeout,
    string healthPath,
    TimeSpan healthTimeout)
{
    private int _next = -1;

    public string ClusterId { get; } = clusterId;

    public IReadOnlyList<ProxyDestination> Destinations { get; } = destinations;

    public TimeSpan ActivityTimeout { get; } = activityTimeout;

    public string HealthPath { get; } = healthPath;

    public TimeSpan HealthTimeout { get; } = healthTimeout;

    public ProxyDestination PickDestination() => Destinations.Count == 1
        ? Destinations[0]
        : Destinations[(int)((uint)Interlocked.Increment(ref _next) % (uint)Destinations.Count)];
}
