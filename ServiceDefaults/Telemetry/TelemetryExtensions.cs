using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ServiceExcellence.ServiceDefaults.Telemetry;

/// <summary>OpenTelemetry traces, metrics and logs, exported by OTLP when an endpoint is configured (the Aspire service defaults' shape).</summary>
public static class TelemetryExtensions
{
    /// <summary>
    /// Records traces (ASP.NET Core, HttpClient, MassTransit, Npgsql, the suite's own), metrics (the same plus the
    /// runtime) and logs with their trace and span ids, and exports all three by OTLP only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured. Requests to <c>/health</c> and <c>/alive</c> are not traced.
    /// </summary>
    /// <remarks>
    /// The <c>OTEL_*</c> settings (protocol, headers, export interval, sampler, resource attributes) are read from the
    /// application's configuration, so they work from appsettings as well as from the environment.
    /// </remarks>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The console lines carry the ids too, so a log line can be found in the dashboard's trace.
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var applicationName = builder.Environment.ApplicationName;
        // MassTransit's queue names are built from the same setting (MessagingExtensions), so a service keeps its name.
        var serviceName = builder.Configuration[ServiceTelemetry.ServiceNameKey] is { Length: > 0 } configured ? configured : applicationName;
        var environmentName = builder.Environment.EnvironmentName;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(serviceName, serviceNamespace: ServiceTelemetry.MeterPrefix)
                .AddAttributes([new("deployment.environment.name", environmentName)]))
            .WithTracing(tracing => tracing
                .AddSource([.. ServiceTelemetry.Sources, applicationName])
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsHealthProbe(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter([.. ServiceTelemetry.Sources, applicationName])
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration[ServiceTelemetry.OtlpEndpointKey]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>The orchestrator's and the load balancer's probes: frequent, alike, and noise in a trace view.</summary>
    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments(Extensions.HealthEndpointPath) || path.StartsWithSegments(Extensions.AlivenessEndpointPath);
}
