using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.DemoData;
using Xunit.Abstractions;
using static ServiceExcellence.EndToEnd.Tests.ManagementCycle.GatewayCalls;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>
/// The goal cycle through the gateway: feedback → Reporting → Goals' KPI and alert → escalation on the contingency
/// clock → recovery → Reporting's scorecard with target, actual, deviation and status.
/// </summary>
[Collection(GoalLoopSuiteCollection.Name)]
public sealed class GoalLoopTests(GoalLoopSuite suite, ITestOutputHelper output)
{
    [Fact]
    public async Task Detractor_feedback_opens_a_critical_alert_that_escalates_after_4_hours_and_promoter_feedback_resolves_it_after_a_cadence()
    {
        var clock = Stopwatch.StartNew();
        var admin = await suite.ClientAsAsync("e2e-admin", ["admin"]);
        var parent = await admin.RegisterAsync("region", null);
        var child = await admin.RegisterAsync("branch", parent);
        (await admin.PostAsJsonAsync("/api/organisation/staff", new { id = "owner-" + child, name = "负责人 Owner", departmentCode = child }))
            .EnsureSuccessStatusCode();
        await admin.WaitUntilKnownAsync("/api/feedback/departments", child);
        await admin.WaitUntilKnownAsync("/api/reports/departments", child);
        var year = DemoCalendar.Today().Year;
        var goal = await ReadAsync(await admin.PostAsJsonAsync("/api/goals", new
        {
            title = "提升推荐值 Raise NPS", description = "Branch NPS to 40", category = "satisfaction", departmentCode = child,
            ownerId = "owner-" + child, strategyLink = "Strategy §1", periodStart = $"{year}-01-01", periodEnd = $"{year}-12-31",
            kpis = new[]
            {
                new
                {
                    metric = "nps", kind = "result", direction = "increase", unit = "nps", baseline = 0, target = 40,
                    warningThreshold = 20, criticalThreshold = 0, cadence = "daily", warningRule = "threshold", minimumSample = 5,
                },
            },
        }), HttpStatusCode.Created);
        var goalId = goal.GetProperty("id").GetGuid();
        output.WriteLine($"organisation and goal ready after {clock.Elapsed.TotalSeconds:F1} s");

        // Six detractors: NPS −100, past the critical threshold. Reporting must have them before Goals pulls.
        await admin.SubmitAsync(child, nps: 0, count: 6);
        await Until(() => admin.MetricAsync("nps", child), nps => nps.SampleSize == 6, "Reporting's NPS over the six detractors");
        await admin.RefreshAsync(goalId);
        var alert = await admin.SingleAlertAsync(child);
        Assert.Equal(("critical", "open"), (alert.GetProperty("severity").GetString(), alert.GetProperty("state").GetString()));
        output.WriteLine($"critical alert open after {clock.Elapsed.TotalSeconds:F1} s");

        // Unacknowledged for 4 hours: escalated to the parent department.
        var advanced = await admin.AdvanceClockAsync("goals", hours: 4.05);
        Assert.True(advanced.GetProperty("escalated").GetInt32() >= 1);
        var escalated = await admin.SingleAlertAsync(child);
        Assert.Equal((true, parent), (escalated.GetProperty("escalated").GetBoolean(), escalated.GetProperty("escalatedTo").GetString()));
        await Until(() => ScorecardAsync(admin, child, year), card => card.GetProperty("openAlerts").EnumerateArray()
            .Any(a => a.GetProperty("state").GetString() == "escalated" && a.GetProperty("escalatedTo").GetString() == parent),
            "the escalated alert on Reporting's scorecard");

        // Thirty promoters: NPS (30 − 6) / 36 ≈ 66.7, on track; after one full daily cadence on the good side it resolves.
        await admin.SubmitAsync(child, nps: 10, count: 30);
        await Until(() => admin.MetricAsync("nps", child), nps => nps.SampleSize == 36, "Reporting's NPS with the promoters");
        Assert.Equal("on-track", KpiStatus(await admin.RefreshAsync(goalId)));
        await admin.AdvanceClockAsync("goals", hours: 24.05);
        Assert.Equal("on-track", KpiStatus(await admin.RefreshAsync(goalId)));
        var resolved = await admin.SingleAlertAsync(child);
        Assert.Equal(("resolved", true), (resolved.GetProperty("state").GetString(), resolved.GetProperty("resolvedAutomatically").GetBoolean()));

        // Reporting's scorecard: target, actual, deviation (actual − target) and Goals' status; no open alert left.
        var card = await Until(() => ScorecardAsync(admin, child, year), c =>
            MetricOf(c, "nps").GetProperty("status").GetString() == "on-track" && c.GetProperty("openAlerts").GetArrayLength() == 0,
            "the scorecard with the KPI on track and no open alert");
        var nps = MetricOf(card, "nps");
        var actual = 100.0 * (30 - 6) / 36;
        Assert.Equal(40.0, nps.GetProperty("target").GetDouble());
        Assert.Equal(actual, nps.GetProperty("actual").GetDouble(), 9);
        Assert.Equal(actual - 40, nps.GetProperty("deviation").GetDouble(), 9);
        Assert.Equal("increase", nps.GetProperty("direction").GetString());
        Assert.Equal(goalId, Assert.Single(card.GetProperty("goals").EnumerateArray()).GetProperty("goalId").GetGuid());
        output.WriteLine($"loop closed after {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static Task<JsonElement> ScorecardAsync(HttpClient client, string department, int year) =>
        client.GetFromJsonAsync<JsonElement>($"/api/reports/scorecards/{department}?period={year}");

    private static JsonElement MetricOf(JsonElement card, string metric) =>
        card.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == metric);
}
