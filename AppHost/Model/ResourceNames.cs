namespace ServiceExcellence.AppHost.Model;

/// <summary>The names of resources, ports and connection strings; the same names services see in configuration.</summary>
internal static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string Epmd = "epmd";
    public const string RabbitMq = "rabbitmq";
    public const string RabbitMqDistribution = "rabbitmq-dist";
    public const string Redis = "redis";
    public const string Gateway = "gateway";

    /// <summary>The services in start order, each with its project folder and database.</summary>
    public static IReadOnlyList<ServiceProject> Services { get; } =
    [
        new("goals", "services/Goals", "Goals", "goalsdb"),
        new("feedback", "services/Feedback", "Feedback", "feedbackdb"),
        new("audits", "services/Audits", "Audits", "auditsdb"),
        new("reporting", "services/Reporting", "Reporting", "reportingdb"),
    ];

    /// <summary>The gateway, with its own database for API keys; it starts after every service.</summary>
    public static ServiceProject GatewayProject { get; } = new(Gateway, "gateway/Gateway", "Gateway", "gatewaydb");

    public static IReadOnlyList<string> Databases { get; } =
        Services.Append(GatewayProject).Select(s => s.Database!).ToList();

    /// <summary>Every port the suite needs, with the CLI's defaults.</summary>
    public static IReadOnlyDictionary<string, int> DefaultPorts { get; } = new Dictionary<string, int>
    {
        [Gateway] = 5080,
        ["goals"] = 5101,
        ["feedback"] = 5102,
        ["audits"] = 5103,
        ["reporting"] = 5104,
        [Postgres] = 54320,
        [RabbitMq] = 56720,
        [RabbitMqDistribution] = 56721,
        [Epmd] = 56722,
        [Redis] = 63790,
    };
}
