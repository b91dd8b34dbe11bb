using System.Text.Json.Serialization;

namespace ServiceExcellence.Gateway.Health;

/// <summary>The gateway's <c>/health</c> answer: overall status and one entry per service.</summary>
public sealed record SuiteHealthReport(string Status, IReadOnlyDictionary<string, ServiceHealth> Services)
{
    public const string Healthy = "healthy";
    public const string Unhealthy = "unhealthy";

    [JsonIgnore]
    public bool IsHealthy => Status == Healthy;
}

/// <summary>One service's health as seen from the gateway, with how long the check took.</summary>
public sealed record ServiceHealth(
    string Status,
    long DurationMs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null);
