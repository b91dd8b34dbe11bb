using System.Globalization;
using Microsoft.Extensions.Configuration;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Platform;

namespace ServiceExcellence.AppHost.Cli;

/// <summary>
/// The CLI's settings from appsettings.json, the environment and the command line (later wins), e.g.
/// <c>--Ports:gateway=5080</c>, <c>ConnectionStrings__rabbitmq=amqp://...</c>, <c>--StartServices=false</c>.
/// </summary>
internal static class CliSettings
{
    /// <exception cref="PrerequisiteException">A setting is malformed or the repository cannot be found.</exception>
    public static SuiteSettings Load(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();

        var repository = RepositoryLayout.Discover();
        if (configuration["Configuration"] is { Length: > 0 } buildConfiguration)
        {
            repository = repository with { Configuration = buildConfiguration };
        }

        var dataDirectory = configuration["DataDirectory"] is { Length: > 0 } data
            ? Path.GetFullPath(data)
            : Path.Combine(repository.Root, ".data");

        return new SuiteSettings
        {
            Repository = repository,
            DataDirectory = dataDirectory,
            Ports = Ports(configuration),
            Environment = configuration["Environment"] ?? configuration["ASPNETCORE_ENVIRONMENT"] ?? configuration["DOTNET_ENVIRONMENT"] ?? "Development",
            StartServices = Boolean(configuration, "StartServices", true),
            ServiceSockets = Boolean(configuration, "ServiceSockets", true),
            ExternalConnectionStrings = configuration.GetSection("ConnectionStrings").GetChildren()
                .Where(child => !string.IsNullOrWhiteSpace(child.Value))
                .ToDictionary(child => child.Key, child => child.Value!, StringComparer.OrdinalIgnoreCase),
            OtlpEndpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"],
            ThreadPoolSpinLimit = configuration[SuiteSettings.ThreadPoolSpinLimitVariable],
            HealthTimeout = TimeSpan.FromSeconds(Number(configuration, "HealthTimeoutSeconds", 90)),
            RestartOnExit = true,
            MonitorHealth = true,
        };
    }

    private static Dictionary<string, int> Ports(IConfiguration configuration)
    {
        var ports = new Dictionary<string, int>(ResourceNames.DefaultPorts);
        foreach (var name in ResourceNames.DefaultPorts.Keys)
        {
            ports[name] = Number(configuration, $"Ports:{name}", ports[name]);
        }

        return ports;
    }

    private static int Number(IConfiguration configuration, string key, int fallback) =>
        configuration[key] is not { Length: > 0 } text
            ? fallback
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 65536
                ? value
                : throw new PrerequisiteException($"{key} is '{text}': expected a number from 1 to 65535");

    private static bool Boolean(IConfiguration configuration, string key, bool fallback) =>
        configuration[key] is not { Length: > 0 } text
            ? fallback
            : bool.TryParse(text, out var value) ? value : throw new PrerequisiteException($"{key} is '{text}': expected true or false");
}
