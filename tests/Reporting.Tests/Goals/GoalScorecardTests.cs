using System.Text.Json;
using static ServiceExcellence.Reporting.Tests.Events;
using static ServiceExcellence.Reporting.Tests.GoalEvents;

namespace ServiceExcellence.Reporting.Tests.Goals;

/// <summary>Goals' events on scorecards (target, deviation, status, goals, open alerts) and in the goal-attainment metric.</summary>
[Collection(ReportingServiceCollection.Name)]
public sealed class GoalScorecardTests(ReportingService service)
{
    private static readonly DateOnly Start = new(2027, 3, 1);
    private static readonly DateOnly End = new(2027, 3, 31);

    [Fact]
    public async Task A_department_scorecard_shows_its_goal_kpis_target_the_deviation_of_the_actual_from_it_and_the_kpis_status()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("target"));
        var (goal, kpi) = (Guid.NewGuid(), Guid.NewGuid());
        var at = Shanghai(2027, 3, 5);
        await service.PublishAndWaitAsync(
            Defined(department, goal, 1, Start, End, at, Target(kpi, "nps", 40)),
            Feedback(department, at, nps: 10), Feedback(department, at, nps: 0), Feedback(department, at, nps: 0), Feedback(department, at, nps: 0),
            StatusChanged(department, goal, kpi, "nps", "off-track", -50, 40, 0, at.AddMinutes(5)));

        var card = await service.Analyst().GetJsonAsync($"/api/reports/scorecards/{department}?period=2027-03");

        var nps = MetricOf(card, "nps");
        Assert.Equal((-50.0, 40.0, -90.0, "off-track", "increase"), (nps.GetProperty("actual").GetDouble(), nps.GetProperty("target").GetDouble(),
            nps.GetProperty("deviation").GetDouble(), nps.GetProperty("status").GetString(), nps.GetProperty("direction").GetString()));
        Assert.Equal(JsonValueKind.Null, MetricOf(card, "csat").GetProperty("target").ValueKind);
        var listed = Assert.Single(card.GetProperty("goals").EnumerateArray());
        Assert.Equal((goal, "off-track", 0.0), (listed.GetProperty("goalId").GetGuid(), listed.GetProperty("status").GetString(),
            listed.GetProperty("attainment").GetDouble()));
    }

    [Fact]
    public async Task The_latest_goal_version_sets_the_target_and_an_older_version_or_status_arriving_late_changes_nothing()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("late"));
        var (goal, kpi, dropped) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var at = Shanghai(2027, 3, 2);
        await service.PublishAndWaitAsync(
            Defined(department, goal, 2, Start, End, at.AddHours(1), Target(kpi, "csat", 90)),
            StatusChanged(department, goal, kpi, "csat", "on-track", 91, 90, 1.0, at.AddHours(3)));
        await service.PublishAndWaitAsync(
            Defined(department, goal, 1, Start, End, at, Target(kpi, "csat", 80), Target(dropped, "nps", 10)),
            StatusChanged(department, goal, kpi, "csat", "off-track", 50, 90, 0, at.AddHours(2)));

        var card = await service.Analyst().GetJsonAsync($"/api/reports/scorecards/{department}?period=2027-03");

        var csat = MetricOf(card, "csat");
        Assert.Equal((90.0, "on-track"), (csat.GetProperty("target").GetDouble(), csat.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, MetricOf(card, "nps").GetProperty("target").ValueKind);
        Assert.Equal(2, Assert.Single(card.GetProperty("goals").EnumerateArray()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Goal_attainment_is_the_mean_in_percent_of_the_active_goals_overlapping_the_range_each_the_mean_of_its_kpis()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("attain"));
        var (a, b, closed, later) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (a1, a2, b1, c1, l1) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var at = Shanghai(2027, 3, 1);
        await service.PublishAndWaitAsync(
            Defined(department, a, 1, Start, End, at, Target(a1, "nps", 40), Target(a2, "csat", 90)),
            Defined(department, b, 1, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), at, Target(b1, "nps", 40)),
            Defined(department, closed, 1, new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 10), at, Target(c1, "csat", 90)),
            Defined(department, later, 1, new DateOnly(2027, 4, 1), new DateOnly(2027, 4, 30), at, Target(l1, "csat", 90)),
            Measured(department, a, a1, "nps", 20, "at-risk", 0.5, at.AddDays(1)),
            Measured(department, a, a2, "csat", 90, "on-track", 1.0, at.AddDays(1)),
            Measured(department, closed, c1, "csat", 90, "on-track", 0.2, at.AddDays(1)),
            Closed(department, closed, 1, new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 10), "missed", 0.3, at.AddDays(10)),
            Measured(department, later, l1, "csat", 90, "on-track", 1.0, at.AddDays(1)));

        // a: (0.5 + 1.0) / 2 = 0.75; closed: its closing figure 0.3; b has no attainment yet; later is outside the range.
        Assert.Equal((100 * (0.75 + 0.3) / 2, 2L), await service.Analyst().ValueAsync("goal-attainment", department, "2027-03-01", "2027-03-31"));
    }

    [Fact]
    public async Task Unresolved_alerts_are_listed_with_their_state_and_a_resolved_one_leaves_the_scorecard()
    {
        var department = await service.AddDepartmentAsync(Testing.Unique.DepartmentCode("alerts"));
        var (goal, kpi, open, acknowledged, escalated, resolved) =
            (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var at = Shanghai(2027, 3, 3);
        await service.PublishAndWaitAsync(
            Breached(department, open, goal, kpi, "warning", 15, at),
            // the acknowledgement arrives before the breach: the alert is still complete
            Acknowledged(department, acknowledged, goal, kpi, at.AddHours(1)),
            Breached(department, acknowledged, goal, kpi, "critical", -5, at),
            Breached(department, escalated, goal, kpi, "critical", -10, at),
            Escalated(department, escalated, goal, kpi, "parent-dept", at.AddHours(4)),
            Breached(department, resolved, goal, kpi, "critical", -10, at),
            Resolved(department, resolved, goal, kpi, at.AddDays(1)));

        var card = await service.Analyst().GetJsonAsync($"/api/reports/scorecards/{department}?period=2027-03");

        var alerts = card.GetProperty("openAlerts").EnumerateArray().ToDictionary(a => a.GetProperty("alertId").GetGuid());
        Assert.Equal(new[] { open, acknowledged, escalated }.Order(), alerts.Keys.Order());
        Assert.Equal(("open", "warning", 15.0), (alerts[open].GetProperty("state").GetString(), alerts[open].GetProperty("severity").GetString(),
            alerts[open].GetProperty("value").GetDouble()));
        Assert.Equal(("acknowledged", -5.0), (alerts[acknowledged].GetProperty("state").GetString(), alerts[acknowledged].GetProperty("value").GetDouble()));
        Assert.Equal(("escalated", "parent-dept"), (alerts[escalated].GetProperty("state").GetString(),
            alerts[escalated].GetProperty("escalatedTo").GetString()));
    }

    private static JsonElement MetricOf(JsonElement card, string metric) =>
        card.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == metric);
}
