using ServiceExcellence.Testing;
using Xunit.Abstractions;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>
/// The whole suite with Goals and Audits on their test clocks (<c>Goals:TestClock:Enabled</c>,
/// <c>Audits:TestClock:Enabled</c>), so that a test can let the contingency clock, a cadence and the cadences before an
/// automatic effectiveness check pass, and with every project's telemetry going to <see cref="Telemetry"/>, as it goes
/// to the dashboard in a local run. The environment reaches every project; each service reads its own keys.
/// </summary>
public sealed class GoalLoopSuite(IMessageSink diagnostics) : GatewaySuite(diagnostics)
{
    private OtlpReceiver? _telemetry;

    /// <summary>What the gateway and the services exported (OTLP over HTTP).</summary>
    public OtlpReceiver Telemetry => _telemetry ?? throw new InvalidOperationException("The suite has not started.");

    protected override IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Telemetry.BaseAddress.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        // Spans and logs leave each process every half second instead of every five, so a test need not wait long.
        ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
        ["OTEL_BLRP_SCHEDULE_DELAY"] = "500",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "60000",
        ["Goals__TestClock__Enabled"] = "true",
        ["Audits__TestClock__Enabled"] = "true",
        // The advance runs Audits' jobs once; a KPI status that arrives just after it is picked up within a
        // second or two rather than on the default 30 s tick.
        ["Audits__CorrectiveActions__Interval"] = "00:00:01",
    };

    public override async Task InitializeAsync()
    {
        _telemetry = await OtlpReceiver.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Telemetry.DisposeAsync();
    }
}

/// <summary>Tests on the suite with the test clocks; a suite of its own, since moving a clock affects every goal and action.</summary>
[CollectionDefinition(Name)]
public sealed class GoalLoopSuiteCollection : ICollectionFixture<GoalLoopSuite>
{
    public const string Name = "suite with the goals test clock";
}
