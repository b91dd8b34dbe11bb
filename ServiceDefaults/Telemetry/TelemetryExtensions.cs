using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ServiceExcellence.ServiceDefaults.Telemetry;

/// <summary>OpenTelemetry traces, metrics and logs over OTLP, built from the SDK alone (no hosting or instrumentation packages).</summary>
public static class TelemetryExtensions
{
    /// <summary>
    /// Puts trace and span ids on every log line and, only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured,
    /// exports traces, metrics and logs by OTLP. Without the endpoint no provider or listener is registered.
    /// </summary>
    /// <remarks>
    /// All other <c>OTEL_*</c> settings (protocol, headers, export interval, sampler, resource attributes) are read from
    /// the application's configuration, so they work from appsettings as well as from the environment.
    /// </remarks>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        if (string.IsNullOrWhiteSpace(builder.Configuration[ServiceTelemetry.OtlpEndpointKey])
            || builder.Services.Any(d => d.ServiceType == typeof(TracerProvider)))
        {
            return builder;
        }

        var applicationName = builder.Environment.ApplicationName;
        var serviceName = builder.Configuration[ServiceTelemetry.ServiceNameKey] is { Length: > 0 } configured
            ? configured
            : applicationName;
        var environmentName = builder.Environment.EnvironmentName;
        void DescribeService(ResourceBuilder resource) => resource
            .AddService(serviceName, serviceNamespace: ServiceTelemetry.MeterPrefix)
            .AddAttributes([new("deployment.environment.name", environmentName)]);

        // Sdk.Create* builders keep their own service collection, which by default reads OTEL_* from environment
        // variables only; handing them the host's configuration makes the exporters see every configuration source.
        builder.Services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            return Sdk.CreateTracerProviderBuilder()
                .ConfigureServices(services => services.AddSingleton(configuration))
                .ConfigureResource(DescribeService)
                .AddSource([.. ServiceTelemetry.ActivitySources, applicationName])
                .AddOtlpExporter()
                .Build();
        });
        builder.Services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            return Sdk.CreateMeterProviderBuilder()
                .ConfigureServices(services => services.AddSingleton(configuration))
                .ConfigureResource(DescribeService)
                .AddMeter([.. ServiceTelemetry.Meters, applicationName])
                .AddOtlpExporter()
                .Build();
        });

        // Resolving the hosted service builds both providers before any other hosted service starts;
        // the container disposes them (which shuts them down) with the host.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TelemetryHostedService>());

        // The logging provider lives in the host's container, so it binds OTEL_* from the host's configuration already.
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.IncludeScopes = true;
            o.IncludeFormattedMessage = true;
        });
        builder.Services.ConfigureOpenTelemetryLoggerProvider(logs => logs
            .ConfigureResource(DescribeService)
            .AddOtlpExporter());

        return builder;
    }
}
