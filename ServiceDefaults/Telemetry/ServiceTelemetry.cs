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

    /// <summary>Configuration key that turns exporting on; without it telemetry is recorded but not sent anywhere.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Configuration key that overrides <c>service.name</c>; the application name otherwise.</summary>
    public const string ServiceNameKey = "OTEL_SERVICE_NAME";

    /// <summary>The ActivitySource or Meter name for one of the suite's components, e.g. <c>ServiceExcellence.Feedback</c>.</summary>
    public static string NameFor(string component)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(component);
        return $"{MeterPrefix}.{component}";
    }

    /// <summary>
    /// The ActivitySources and Meters that MassTransit and Npgsql emit natively, plus the suite's own; the ASP.NET Core
    /// (Kestrel and the rate limiter included), HttpClient and runtime instrumentation bring the framework's. StackExchange.Redis
    /// 3.x emits neither (it offers only its profiling API).
    /// </summary>
    public static IReadOnlyList<string> Sources { get; } = ["MassTransit", "Npgsql", $"{MeterPrefix}.*"];
}
