using ServiceExcellence.Goals.Domain.Alerts;
using ServiceExcellence.Goals.Domain.Goals;

namespace ServiceExcellence.Goals.Tests.Alerts;

public sealed class AlertTests
{
    private static readonly DateTimeOffset T0 = new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);

    private static Alert Open(AlertSeverity severity) =>
        Alert.Open(Guid.NewGuid(), Guid.NewGuid(), "call-centre", "csat", severity, "threshold", 84, 85, "E1", T0);

    [Fact]
    public void A_critical_alert_misses_its_acknowledgement_at_4_hours_and_its_action_plan_at_24()
    {
        var alert = Open(AlertSeverity.Critical);

        Assert.Null(alert.MissedDeadline(T0.AddHours(4).AddTicks(-1)));
        Assert.Equal(("not-acknowledged", T0.AddHours(4)), alert.MissedDeadline(T0.AddHours(4)));
        alert.Escalate("operations", T0.AddHours(4));
        Assert.Null(alert.MissedDeadline(T0.AddHours(23)));
        Assert.Equal(("no-action-plan", T0.AddHours(24)), alert.MissedDeadline(T0.AddHours(24)));
        alert.Escalate("operations", T0.AddHours(24));
        Assert.Null(alert.MissedDeadline(T0.AddDays(3)));
        Assert.Equal(2, alert.EscalationCount);
    }

    [Fact]
    public void A_warning_alert_has_24_hours_to_be_acknowledged_and_72_to_get_its_action_plan()
    {
        var alert = Open(AlertSeverity.Warning);

        Assert.Null(alert.MissedDeadline(T0.AddHours(23)));
        Assert.Equal("not-acknowledged", alert.MissedDeadline(T0.AddHours(24))!.Value.Reason);
        alert.Acknowledge("E1", null, T0.AddHours(25));
        Assert.Null(alert.MissedDeadline(T0.AddHours(71)));
        Assert.Equal("no-action-plan", alert.MissedDeadline(T0.AddHours(72))!.Value.Reason);
        alert.Acknowledge("E1", "callbacks within a day", T0.AddHours(73));
        Assert.Null(alert.MissedDeadline(T0.AddDays(10)));
    }

    [Fact]
    public void A_worse_breach_raises_the_severity_and_restarts_the_clock_a_milder_one_does_not_lower_it()
    {
        var alert = Open(AlertSeverity.Warning);
        alert.Acknowledge("E1", null, T0.AddHours(1));

        Assert.True(alert.Breach(AlertSeverity.Critical, "threshold", 79, 80, T0.AddHours(2)));
        Assert.Equal((AlertSeverity.Critical, AlertState.Open, T0.AddHours(2)), (alert.Severity, alert.State, alert.ClockStartedAt));
        Assert.False(alert.Breach(AlertSeverity.Warning, "threshold", 84, 85, T0.AddHours(3)));
        Assert.Equal((AlertSeverity.Critical, 84.0), (alert.Severity, alert.Value));
    }

    [Fact]
    public void An_alert_resolves_itself_only_after_one_full_cadence_on_the_good_side()
    {
        var alert = Open(AlertSeverity.Warning);

        Assert.False(alert.BackOnGoodSide(t => Cadence.Weekly.After(t), T0.AddDays(1)));
        Assert.False(alert.BackOnGoodSide(t => Cadence.Weekly.After(t), T0.AddDays(7)));
        Assert.True(alert.BackOnGoodSide(t => Cadence.Weekly.After(t), T0.AddDays(8)));
        Assert.Equal((AlertState.Resolved, true), (alert.State, alert.ResolvedAutomatically));
        Assert.Throws<InvalidAlertTransitionException>(() => alert.Resolve("again", "m", automatically: false, T0.AddDays(9)));
    }

    [Fact]
    public void Falling_back_to_the_bad_side_restarts_the_good_side_cadence()
    {
        var alert = Open(AlertSeverity.Warning);
        alert.BackOnGoodSide(t => Cadence.Daily.After(t), T0.AddHours(1));

        alert.Breach(AlertSeverity.Warning, "threshold", 84, 85, T0.AddHours(10));

        Assert.False(alert.BackOnGoodSide(t => Cadence.Daily.After(t), T0.AddHours(26)));
        Assert.True(alert.BackOnGoodSide(t => Cadence.Daily.After(t), T0.AddHours(50)));
    }
}
