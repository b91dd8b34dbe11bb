using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ServiceExcellence.ServiceDefaults.Telemetry;

namespace ServiceExcellence.ServiceDefaults.Tests.Telemetry;

public sealed class TelemetryExtensionsTests
{
    [Fact]
    public void Without_an_otlp_endpoint_no_provider_or_hosted_service_is_registered()
    {
        using var host = Build();

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s.GetType().Namespace == typeof(ServiceTelemetry).Namespace);
    }

    [Fact]
    public void Every_log_line_carries_the_trace_span_and_parent_ids_with_or_without_an_endpoint()
    {
        using var host = Build();

        var tracking = host.Services.GetRequiredService<IOptions<LoggerFactoryOptions>>().Value.ActivityTrackingOptions;

        Assert.True(tracking.HasFlag(ActivityTrackingOptions.TraceId));
        Assert.True(tracking.HasFlag(ActivityTrackingOptions.SpanId));
        Assert.True(tracking.HasFlag(ActivityTrackingOptions.ParentId));
    }

    [Fact]
    public async Task With_an_otlp_endpoint_the_providers_record_the_suites_sources_and_the_host_starts_and_stops_cleanly()
    {
        // Nothing listens on 4317: exporting fails quickly and must not break start or stop.
        using var host = Build(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await host.StartAsync(timeout.Token);
        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
        using (var source = new ActivitySource(ServiceTelemetry.NameFor($"Tests.{Guid.NewGuid():N}")))
        using (var activity = source.StartActivity("sampled"))
        {
            Assert.NotNull(activity);
        }

        var clock = Stopwatch.StartNew();
        await host.StopAsync(timeout.Token);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"stopping took {clock.Elapsed}");
    }

    [Fact]
    public async Task Traces_metrics_and_logs_reach_the_collector_named_in_configuration_not_only_in_the_environment()
    {
        await using var collector = await FakeCollector.StartAsync();
        using var host = Build(
            ("OTEL_EXPORTER_OTLP_ENDPOINT", collector.BaseAddress.ToString()),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await host.StartAsync(timeout.Token);
        using (var source = new ActivitySource(ServiceTelemetry.NameFor($"Tests.{Guid.NewGuid():N}")))
        using (source.StartActivity("exported"))
        {
            host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Tests").LogWarning("exported log line");
        }

        await host.StopAsync(timeout.Token);

        Assert.Contains("/v1/traces", collector.Paths);
        Assert.Contains("/v1/metrics", collector.Paths);
        Assert.Contains("/v1/logs", collector.Paths);
    }

    [Fact]
    public void The_service_name_is_the_application_name_unless_OTEL_SERVICE_NAME_is_set()
    {
        using var byApplication = Build(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317"));
        using var byVariable = Build(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317"), ("OTEL_SERVICE_NAME", "feedback"));

        Assert.Equal("telemetry-tests", ServiceName(byApplication));
        Assert.Equal("feedback", ServiceName(byVariable));
    }

    private static string? ServiceName(IHost host) =>
        host.Services.GetRequiredService<TracerProvider>().GetResource().Attributes
            .FirstOrDefault(a => a.Key == "service.name").Value as string;

    // No default sources: the machine's environment (an OTEL_* variable, say) cannot change what the test sees.
    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "telemetry-tests",
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.AddTelemetry();
        return builder.Build();
    }
}
