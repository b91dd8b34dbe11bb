namespace ServiceExcellence.ServiceDefaults.Health;

/// <summary>Tags that decide which checks <c>/health</c> (ready) and <c>/alive</c> (live) run.</summary>
public static class HealthTags
{
    public const string Ready = "ready";
    public const string Live = "live";
}
