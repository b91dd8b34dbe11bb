using Microsoft.Extensions.Configuration;

namespace ServiceExcellence.AppHost;

/// <summary>
/// What decides the shape of one run, from the AppHost's configuration (appsettings.json, <c>--Key=value</c> on the
/// command line, or environment variables): where data lives, which ports, which environment the services run in.
/// </summary>
public sealed class SuiteOptions
{
    /// <summary>The runtime's setting for how long an idle thread-pool worker spins before it sleeps.</summary>
    public const string ThreadPoolSpinLimitVariable = "DOTNET_ThreadPool_UnfairSemaphoreSpinLimit";

    /// <summary>Where PostgreSQL, RabbitMQ and Redis keep their data, generated secrets and the services' sockets.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The services' environment: Development (the default) or Production.</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>False runs the infrastructure alone, e.g. for a service started from the IDE or for service tests.</summary>
    public bool StartServices { get; init; } = true;

    /// <summary>
    /// <c>executables</c> (the default) runs PostgreSQL, RabbitMQ and Redis from the operating system's packages;
    /// <c>containers</c> uses Aspire's container integrations, for a machine with a container engine and for publishing.
    /// </summary>
    public InfrastructureKind Infrastructure { get; init; } = InfrastructureKind.Executables;

    /// <summary>Services also listen on a Unix domain socket, which the gateway uses (HTTP/2 over a local socket).</summary>
    public bool ServiceSockets { get; init; } = true;

    /// <summary>Trades durability for speed (PostgreSQL without fsync): for throw-away test data only.</summary>
    public bool FastStorage { get; init; }

    /// <summary>Free ports instead of the fixed ones (tests, benchmarks, a second suite beside the first).</summary>
    public bool FreePorts { get; init; }

    /// <summary>
    /// Run the Aspire dashboard, and send every service's telemetry to it (the default). Without it, a service exports
    /// only where the environment's own <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> says, if anywhere.
    /// </summary>
    public bool Dashboard { get; init; } = true;

    /// <summary>Load the demo organisation once the gateway is healthy (<c>eng/run.sh --demo</c>).</summary>
    public bool Demo { get; init; }

    /// <summary>Ports by resource name; see appsettings.json for the names and defaults.</summary>
    public IReadOnlyDictionary<string, int> Ports { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// The thread-pool spin limit passed to every service: 0 unless the AppHost was given one. Every process of the
    /// suite shares this machine's cores, and a worker spinning while it waits for work burns a core that PostgreSQL,
    /// the broker or another service needs (a quarter of the gateway's CPU under load went to it).
    /// </summary>
    public string ThreadPoolSpinLimit { get; init; } = "0";

    /// <summary>
    /// Whether <c>--Dashboard=false</c> (or the variable <c>Dashboard=false</c>) turns the dashboard off: read before the
    /// builder exists, because the builder's options decide it.
    /// </summary>
    public static bool DashboardWanted(string[] args) =>
        new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build().GetValue("Dashboard", true);

    /// <summary>Reads the options; relative paths are taken from the repository root.</summary>
    public static SuiteOptions From(IConfiguration configuration, string repositoryRoot)
    {
        var dataDirectory = configuration["DataDirectory"] is { Length: > 0 } given ? given : ".data";
        return new SuiteOptions
        {
            DataDirectory = Path.GetFullPath(dataDirectory, repositoryRoot),
            Environment = configuration["Environment"] is { Length: > 0 } environment ? environment : "Development",
            StartServices = configuration.GetValue("StartServices", true),
            Infrastructure = configuration.GetValue("Infrastructure", InfrastructureKind.Executables),
            ServiceSockets = configuration.GetValue("ServiceSockets", true),
            FastStorage = configuration.GetValue("FastStorage", false),
            FreePorts = configuration.GetValue("FreePorts", false),
            Dashboard = configuration.GetValue("Dashboard", true),
            Demo = configuration.GetValue("Demo", false),
            Ports = configuration.GetSection("Ports").GetChildren()
                .Where(port => int.TryParse(port.Value, out _))
                .ToDictionary(port => port.Key, port => int.Parse(port.Value!, System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase),
            ThreadPoolSpinLimit = configuration[ThreadPoolSpinLimitVariable] is { Length: > 0 } spin ? spin : "0",
        };
    }
}

/// <summary>How the infrastructure runs.</summary>
public enum InfrastructureKind
{
    /// <summary>PostgreSQL, RabbitMQ (with epmd) and Redis from the operating system's packages, as local processes.</summary>
    Executables,

    /// <summary>Aspire's container integrations; needs a container engine.</summary>
    Containers,
}
