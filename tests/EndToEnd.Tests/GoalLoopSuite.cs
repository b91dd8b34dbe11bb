using Xunit.Abstractions;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>
/// The whole suite with Goals and Audits on their test clocks (<c>Goals:TestClock:Enabled</c>,
/// <c>Audits:TestClock:Enabled</c>), so that a test can let the contingency clock, a cadence and the cadences before an
/// automatic effectiveness check pass. SuiteOptions passes environment to every project; each service reads its own keys.
/// </summary>
public sealed class GoalLoopSuite(IMessageSink diagnostics) : GatewaySuite(diagnostics)
{
    protected override IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["Goals__TestClock__Enabled"] = "true",
        ["Audits__TestClock__Enabled"] = "true",
        // The advance runs Audits' jobs once; a KPI status that arrives just after it is picked up within a
        // second or two rather than on the default 30 s tick.
        ["Audits__CorrectiveActions__Interval"] = "00:00:01",
    };
}

/// <summary>Tests on the suite with the test clocks; a suite of its own, since moving a clock affects every goal and action.</summary>
[CollectionDefinition(Name)]
public sealed class GoalLoopSuiteCollection : ICollectionFixture<GoalLoopSuite>
{
    public const string Name = "suite with the goals test clock";
}
