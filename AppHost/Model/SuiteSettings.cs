using ServiceExcellence.AppHost.Platform;

namespace ServiceExcellence.AppHost.Model;

/// <summary>Everything that decides what one run of the suite looks like; the CLI and SuiteHost each fill it their way.</summary>
internal sealed record SuiteSettings
{
    /// <summary>The runtime's setting for how long an idle thread-pool worker spins before it sleeps.</summary>
    public const string ThreadPoolSpinLimitVariable = "DOTNET_ThreadPool_UnfairSemaphoreSpinLimit";

    public required RepositoryLayout Repository { get; init; }

    public required string DataDirectory { get; init; }

    /// <summary>Ports by resource name (see <see cref="ResourceNames.DefaultPorts"/> for the keys).</summary>
    public required IReadOnlyDictionary<string, int> Ports { get; init; }

    public string Environment { get; init; } = "Development";

    public bool StartServices { get; init; } = true;

    /// <summary>Trades durability for speed (PostgreSQL without fsync): for throw-away test data only.</summary>
    public bool FastStorage { get; init; }

    /// <summary>Connection strings given from outside, by name (goalsdb, rabbitmq, ...): nothing is started for them.</summary>
    public IReadOnlyDictionary<string, string> ExternalConnectionStrings { get; init; } = new Dictionary<string, string>();

    /// <summary>Variables added to every project process.</summary>
    public IReadOnlyDictionary<string, string> ExtraEnvironment { get; init; } = new Dictionary<string, string>();

    public string? OtlpEndpoint { get; init; }

    /// <summary>
    /// <c>DOTNET_ThreadPool_UnfairSemaphoreSpinLimit</c> given to the AppHost, passed to the services; without one they get 0.
    /// </summary>
    public string? ThreadPoolSpinLimit { get; init; }

    /// <summary>Services also listen on a Unix domain socket, and the gateway forwards through it (<see cref="ServiceSocket"/>).</summary>
    public bool ServiceSockets { get; init; } = true;

    public TimeSpan HealthTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Restart a process that exits unexpectedly, with back-off (the CLI; tests control resources themselves).</summary>
    public bool RestartOnExit { get; init; }

    /// <summary>Keep probing healthy resources so the status table can show them unhealthy.</summary>
    public bool MonitorHealth { get; init; }

    public int PortOf(string name) =>
        Ports.TryGetValue(name, out var port) ? port : throw new InvalidOperationException($"No port is configured for {name}.");
}
