using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceExcellence.ServiceDefaults.Telemetry;
using ServiceExcellence.Testing;

namespace ServiceExcellence.ServiceDefaults.Tests.Telemetry;

public sealed class TelemetryExtensionsTests
{
    // A hung export or shutdown fails the test instead of the run.
    private readonly CancellationToken ct = new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    [Fact]
    public async Task Spans_logs_and_metrics_reach_the_collector_named_in_configuration_under_the_service_name()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        var component = ServiceTelemetry.NameFor($"Tests.{Guid.NewGuid():N}");
        string traceId, spanId;
        using (var host = Build(Exporting(collector, ("OTEL_SERVICE_NAME", "feedback"))))
        {
            await host.StartAsync(ct);
            using var source = new ActivitySource(component);
            using var meter = new Meter(component);
            using (var activity = source.StartActivity("exported span"))
            {
                Assert.NotNull(activity);
                (traceId, spanId) = (activity.TraceId.ToHexString(), activity.SpanId.ToHexString());
                host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Tests").LogWarning("exported log line");
                meter.CreateCounter<long>("tests.exported").Add(1);
            }

            await host.StopAsync(ct);
        } // disposing the container shuts the providers down, which exports what is left

        var span = Assert.Single(collector.Spans, s => s.Name == "exported span");
        var log = Assert.Single(collector.Logs, l => l.Name == "exported log line");
        var metric = Assert.Single(collector.Metrics, m => m.Name == "tests.exported");
        Assert.Equal(("feedback", traceId, spanId), (span.Service, span.TraceId, span.SpanId));
        Assert.Equal(("feedback", traceId, spanId), (log.Service, log.TraceId, log.SpanId));
        Assert.Equal("feedback", metric.Service);
    }

    [Fact]
    public async Task Nothing_is_exported_without_OTEL_EXPORTER_OTLP_ENDPOINT_even_with_per_signal_endpoints_set()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        // The exporter itself would follow these; the suite turns exporting on by the general endpoint alone, as the AppHost sets it.
        using (var host = Build(
                   ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
                   ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", new Uri(collector.BaseAddress, "v1/traces").ToString()),
                   ("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT", new Uri(collector.BaseAddress, "v1/logs").ToString()),
                   ("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", new Uri(collector.BaseAddress, "v1/metrics").ToString())))
        {
            await host.StartAsync(ct);
            using var source = new ActivitySource(ServiceTelemetry.NameFor($"Tests.{Guid.NewGuid():N}"));
            using (source.StartActivity("not exported"))
            {
                host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Tests").LogWarning("not exported");
            }

            await host.StopAsync(ct);
        }

        Assert.Equal(0, collector.ExportCount);
    }

    [Fact]
    public async Task Requests_are_traced_but_health_and_alive_probes_are_not()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = "telemetry-tests" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(Settings(Exporting(collector)));
        builder.AddTelemetry();
        await using (var app = builder.Build())
        {
            app.MapGet(Extensions.HealthEndpointPath, () => "healthy");
            app.MapGet(Extensions.AlivenessEndpointPath, () => "alive");
            app.MapGet("/api/ping", () => "pong");
            await app.StartAsync(ct);
            var client = app.GetTestClient();
            foreach (var path in new[] { "/health", "/alive", "/api/ping" })
            {
                (await client.GetAsync(path, ct)).EnsureSuccessStatusCode();
            }

            await app.StopAsync(ct);
        }

        var names = collector.Spans.Select(s => s.Name).ToList();
        Assert.Contains("GET /api/ping", names);
        Assert.DoesNotContain(names, n => n!.Contains("health", StringComparison.Ordinal) || n.Contains("alive", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_collector_delays_neither_start_nor_stop()
    {
        using var host = Build(("OTEL_EXPORTER_OTLP_ENDPOINT", $"http://127.0.0.1:{ClosedPort()}"));
        var clock = Stopwatch.StartNew();

        await host.StartAsync(ct);
        using (var source = new ActivitySource(ServiceTelemetry.NameFor($"Tests.{Guid.NewGuid():N}")))
        using (source.StartActivity("lost"))
        {
        }

        await host.StopAsync(ct);
        host.Dispose();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"start and stop took {clock.Elapsed}");
    }

    private static (string, string)[] Exporting(OtlpReceiver collector, params (string, string)[] more) =>
    [
        ("OTEL_EXPORTER_OTLP_ENDPOINT", collector.BaseAddress.ToString()),
        ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
        .. more,
    ];

    private static IEnumerable<KeyValuePair<string, string?>> Settings((string Key, string Value)[] settings) =>
        settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value));

    // No default sources: the machine's environment (an OTEL_* variable, say) cannot change what the test sees.
    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "telemetry-tests",
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(Settings(settings));
        builder.AddTelemetry();
        return builder.Build();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
