namespace ServiceExcellence.AppHost.Model;

/// <summary>The answer of one health check: healthy, or why not.</summary>
internal sealed record HealthProbe(bool IsHealthy, string? Error)
{
    public static HealthProbe Healthy { get; } = new(true, null);

    public static HealthProbe Unhealthy(string error) => new(false, error);

    public static HealthProbe Unhealthy(Exception exception) =>
        new(false, exception.InnerException is { } inner
            ? $"{exception.GetType().Name}: {exception.Message} ({inner.Message})"
            : $"{exception.GetType().Name}: {exception.Message}");
}
