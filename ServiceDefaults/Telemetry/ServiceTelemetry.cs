namespace ServiceExcellence.ServiceDefaults.Telemetry;

/// <summary>Names of the ActivitySources and Meters the suite listens to, and the naming rule for a service's own.</summary>
/// <remarks>
/// A service creates its instruments as <c>new Meter(ServiceTelemetry.NameFor("Feedback.Intake"))</c> or
/// <c>new ActivitySource(ServiceTelemetry.NameFor("Feedback"))</c>; <see cref="TelemetryExtensions.AddTelemetry"/>
/// subscribes to every <c>ServiceExcellence.*</c> name, so no further registration is needed.
/// </remarks>
public static class ServiceTelemetry
{
    public const string MeterPrefix = "ServiceExcellence";

    /// <summary>Configuration key that turns exporting on; nothing is collected without it.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Configuration key that overrides <c>service.name</c>; the application name otherwise.</summary>
    public const string ServiceNameKey = "OTEL_SERVICE_NAME";

    /// <summary>The ActivitySource or Meter name for one of the suite's components, e.g. <c>ServiceExcellence.Feedback</c>.</summary>
    public static string NameFor(string component)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(component);
        return $"{MeterPrefix}.{component}";
    }

    /// <summary>Built-in sources of ASP.NET Core, HttpClient (.NET 9+), MassTransit and Npgsql, plus the suite's own.</summary>
    public static IReadOnlyList<string> ActivitySources { get; } =
    [
        "Microsoft.AspNetCore",
        "System.Net.Http",
        "MassTransit",
        "Npgsql",
        $"{MeterPrefix}.*",
    ];

    /// <summary>Built-in meters of ASP.NET Core, Kestrel, HttpClient, the runtime, MassTransit and Npgsql, plus the suite's own.</summary>
    public static IReadOnlyList<string> Meters { get; } =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting",
        "System.Net.Http",
        "System.Runtime",
        "MassTransit",
        "Npgsql",
        $"{MeterPrefix}.*",
    ];
}
