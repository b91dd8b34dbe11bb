namespace ServiceExcellence.AppHost;

/// <summary>How <see cref="SuiteHost"/> starts the suite for a test run.</summary>
public sealed record SuiteOptions
{
    /// <summary>False starts the infrastructure only (PostgreSQL, RabbitMQ, Redis).</summary>
    public bool StartServices { get; init; } = true;

    /// <summary>Null uses a new temporary directory, deleted on dispose; a given directory is kept.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>ASPNETCORE_ENVIRONMENT and DOTNET_ENVIRONMENT of the project processes.</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>Where progress lines go (tests pass ITestOutputHelper.WriteLine).</summary>
    public Action<string>? Log { get; init; }

    /// <summary>False has the gateway reach the services over loopback TCP only, as it would on separate machines.</summary>
    public bool ServiceSockets { get; init; } = true;

    /// <summary>Variables added to every project process.</summary>
    public IReadOnlyDictionary<string, string>? ExtraEnvironment { get; init; }
}
