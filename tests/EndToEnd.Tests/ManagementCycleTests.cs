using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.DemoData;
using Xunit.Abstractions;
using static ServiceExcellence.EndToEnd.Tests.ManagementCycle.GatewayCalls;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>
/// The management cycle of DOMAIN.md end to end, through the gateway only: organisation → SMART goal with NPS and
/// complaint-rate KPIs → web and call-centre feedback through intake keys → NPS past its critical threshold → alert and
/// nonconformity → corrective action planned, started, done → feedback improves → alert resolves and Audits verifies the
/// action effective from the KPI's status two cadences later → review adjusts the target → period closed → next-period
/// proposal. Goals' and Audits' test clocks let the days pass.
/// </summary>
[Collection(GoalLoopSuiteCollection.Name)]
public sealed class ManagementCycleTests(GoalLoopSuite suite, ITestOutputHelper output)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    [Fact]
    public async Task A_branch_runs_the_whole_cycle_from_goal_to_alert_to_an_effective_corrective_action_to_review_close_and_next_period_proposal()
    {
        var admin = await suite.ClientAsAsync("cycle-admin", ["admin"]);
        var (parent, branch) = await OrganisationAsync(admin);
        Step($"departments {parent} ⊃ {branch} and their staff known to every service");
        var manager = await suite.ClientAsAsync("manager-" + branch, ["manager"], branch);
        var year = DemoCalendar.Today().Year;
        var goal = await ReadAsync(await manager.PostAsJsonAsync("/api/goals", GoalBody(branch, year)), HttpStatusCode.Created);
        var goalId = goal.GetProperty("id").GetGuid();
        var npsKpi = KpiOf(goal, "nps").GetProperty("id").GetGuid();
        Assert.Equal(("active", 1, 2), (goal.GetProperty("status").GetString(), goal.GetProperty("version").GetInt32(), goal.GetProperty("kpis").GetArrayLength()));
        Step("SMART goal v1 with the NPS and complaint-rate KPIs created");

        // Feedback from the web widget and the call centre's telephony, each with its own intake key for the branch.
        using var web = suite.ClientWithKey(await IntakeKeyAsync(admin, "网站评价 Web widget", branch));
        using var callCentre = suite.ClientWithKey(await IntakeKeyAsync(admin, "呼叫中心 Call-centre telephony", branch));
        await web.SubmitAsync(branch, nps: 2, count: 3, "web", "网页一直打不开 the site kept failing");
        await callCentre.SubmitAsync(branch, nps: 0, count: 3, "call-centre", "等待时间太长 waited far too long");
        var agent = await suite.ClientAsAsync("agent-" + branch, ["agent"], branch);
        await ReadAsync(await agent.PostAsJsonAsync("/api/complaints", new
        {
            channel = "call-centre", departmentCode = branch, customerRef = "cust-" + branch, summary = "电话排队一小时 an hour in the queue", severity = "high",
        }), HttpStatusCode.Created);
        await Until(() => admin.MetricAsync("nps", branch), nps => nps.SampleSize == 6, "Reporting's NPS over six detractors");
        await Until(() => admin.MetricAsync("complaint-rate", branch), rate => rate.Value is not null, "Reporting's complaint rate");
        Step("six detractors (web, call centre) and one complaint in Reporting");

        // NPS −100 is past the critical threshold 0: a critical alert, and Audits raises a nonconformity naming the KPI.
        var measured = await manager.RefreshAsync(goalId);
        Assert.Equal(("off-track", "on-track"), (KpiStatus(measured, "nps"), KpiStatus(measured, "complaint-rate")));
        Assert.Equal(-100, KpiOf(measured, "nps").GetProperty("actual").GetDouble());
        // One complaint per six entries. Goals and Reporting cut days in the one organisation calendar, so this holds at any hour.
        Assert.Equal(100.0 / 6, KpiOf(measured, "complaint-rate").GetProperty("actual").GetDouble(), 1);
        var alert = await manager.SingleAlertAsync(branch);
        var alertId = alert.GetProperty("id").GetGuid();
        Assert.Equal(("critical", "open", npsKpi), (alert.GetProperty("severity").GetString(), alert.GetProperty("state").GetString(),
            alert.GetProperty("kpiId").GetGuid()));
        var nonconformity = (await Until(() => NonconformitiesAsync(manager, branch), items => items.Length == 1,
            "the nonconformity raised from the alert"))[0];
        Assert.Equal(("kpi-alert", alertId.ToString(), npsKpi, true, "open"), (nonconformity.GetProperty("source").GetString(),
            nonconformity.GetProperty("sourceReference").GetString(), nonconformity.GetProperty("kpiId").GetGuid(),
            nonconformity.GetProperty("critical").GetBoolean(), nonconformity.GetProperty("state").GetString()));
        Step("critical alert open, nonconformity raised in Audits");

        // The manager acknowledges with the plan (so the contingency clock stops) and runs the corrective action.
        var acknowledged = await ReadAsync(await manager.PostAsJsonAsync($"/api/goals/alerts/{alertId}/acknowledge",
            new { actionPlan = "增加两名坐席，网站修复 two more agents, fix the site" }), HttpStatusCode.OK);
        Assert.Equal("acknowledged", acknowledged.GetProperty("state").GetString());
        var actionId = await RunCorrectiveActionAsync(manager, nonconformity.GetProperty("id").GetGuid(), "owner-" + branch);
        Step("alert acknowledged; corrective action planned → in-progress → done");

        // Feedback improves: thirty promoters, half from each channel. NPS (30 − 6) / 36 ≈ 66.7, on track.
        await web.SubmitAsync(branch, nps: 10, count: 15, "web", "新网站很好用 the new site is easy");
        await callCentre.SubmitAsync(branch, nps: 9, count: 15, "call-centre", "接通很快 answered at once");
        await Until(() => admin.MetricAsync("nps", branch), nps => nps.SampleSize == 36, "Reporting's NPS with the promoters");
        Assert.Equal("on-track", KpiStatus(await manager.RefreshAsync(goalId)));
        Step("thirty promoters in; NPS on track");

        // One full daily cadence on the good side resolves the alert; two cadences after completion, the KPI's status
        // decides the action's effectiveness (both clocks moved by the same 2 days, so the services agree on the date).
        await admin.AdvanceClockAsync("goals", hours: 48.1);
        var recovered = await manager.RefreshAsync(goalId);
        Assert.Equal("on-track", KpiStatus(recovered));
        var resolved = await manager.SingleAlertAsync(branch);
        Assert.Equal(("resolved", true), (resolved.GetProperty("state").GetString(), resolved.GetProperty("resolvedAutomatically").GetBoolean()));
        var audits = await admin.AdvanceClockAsync("audits", hours: 48.1);
        output.WriteLine($"audits clock now {audits.GetProperty("now")}, verified by the advance: {audits.GetProperty("verified")}");
        var verified = await Until(() => NonconformityAsync(manager, nonconformity.GetProperty("id").GetGuid()),
            n => n.GetProperty("state").GetString() == "closed", "the automatic effectiveness verdict");
        var action = Assert.Single(verified.GetProperty("actions").EnumerateArray());
        Assert.Equal((actionId, "verified-effective", true, true, "system"), (action.GetProperty("id").GetGuid(),
            action.GetProperty("state").GetString(), action.GetProperty("effective").GetBoolean(),
            action.GetProperty("verifiedAutomatically").GetBoolean(), action.GetProperty("verifiedBy").GetString()));
        Step("alert resolved automatically; action verified effective by Audits from the KPI status");

        // The review raises the NPS target: version 2, SMART re-checked; history keeps both versions.
        var review = await ReadAsync(await manager.PostAsJsonAsync($"/api/goals/{goalId}/reviews", new
        {
            outcome = "推荐值恢复 NPS recovered after the corrective action",
            lessons = "排队与网站故障是主要原因 queueing and site failures drove detractors",
            adjustments = new[] { new { kpiId = npsKpi, target = 50, warningThreshold = 30, reason = "恢复后提高目标 raise the bar after recovery" } },
        }), HttpStatusCode.Created);
        Assert.Equal((2, 2, 50.0), (review.GetProperty("resultingVersion").GetInt32(), review.GetProperty("goal").GetProperty("version").GetInt32(),
            KpiOf(review.GetProperty("goal"), "nps").GetProperty("target").GetDouble()));
        var history = await manager.GetFromJsonAsync<JsonElement>($"/api/goals/{goalId}/history");
        Assert.Equal(new[] { 1, 2 }, history.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Contains("raise the bar", history[1].GetProperty("reason").GetString());
        Step("review adjusted the NPS target to 50 (goal v2)");

        // Closing the period: both KPIs met their targets, so achieved, with a proposal for next year.
        var closed = await ReadAsync(await manager.PostAsync($"/api/goals/{goalId}/close", null), HttpStatusCode.OK);
        Assert.Equal("achieved", closed.GetProperty("status").GetString());
        Assert.All(closed.GetProperty("kpis").EnumerateArray(), k => Assert.Equal("achieved", k.GetProperty("status").GetString()));
        var proposal = closed.GetProperty("nextPeriodProposal");
        Assert.Equal(($"{year + 1}-01-01", $"{year + 1}-12-31"), (proposal.GetProperty("periodStart").GetString(), proposal.GetProperty("periodEnd").GetString()));
        var proposed = proposal.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("metric").GetString() == "nps");
        Assert.Equal("actual", proposed.GetProperty("baselineSource").GetString());
        Assert.Equal(100.0 * (30 - 6) / 36, proposed.GetProperty("baseline").GetDouble(), 9);
        Assert.True(proposed.GetProperty("target").GetDouble() >= 50, $"the proposed target keeps at least the adjusted one: {proposed}");
        await ReadAsync(await manager.PostAsync($"/api/goals/{goalId}/close", null), HttpStatusCode.Conflict);
        Step($"period closed (achieved); next-period proposal for {year + 1}");
    }

    /// <summary>A region and its branch with the branch's owner, known to every service that keeps a copy.</summary>
    private async Task<(string Parent, string Branch)> OrganisationAsync(HttpClient admin)
    {
        var parent = await admin.RegisterAsync("cycle-region", null);
        var branch = await admin.RegisterAsync("cycle-branch", parent);
        await ReadAsync(await admin.PostAsJsonAsync("/api/organisation/staff",
            new { id = "owner-" + branch, name = "王经理 Manager Wang", departmentCode = branch }), HttpStatusCode.Created);
        await ReadAsync(await admin.PostAsJsonAsync("/api/organisation/staff",
            new { id = "agent-" + branch, name = "李坐席 Agent Li", departmentCode = branch, team = "call-centre" }), HttpStatusCode.Created);
        foreach (var copy in new[] { "/api/gateway/departments", "/api/feedback/departments", "/api/reports/departments", "/api/audits/departments" })
        {
            await admin.WaitUntilKnownAsync(copy, branch);
        }

        return (parent, branch);
    }

    /// <summary>A SMART goal for the year: NPS up from 0 to 40 (critical at 0) and complaints per 100 entries down from 20 to 10.</summary>
    private static object GoalBody(string branch, int year) => new
    {
        title = "提升客户体验 Better customer experience", description = "Branch NPS to 40, complaints to 10 per 100 entries",
        category = "satisfaction", departmentCode = branch, ownerId = "owner-" + branch, strategyLink = "Strategy 2026 §2 Customer first",
        periodStart = $"{year}-01-01", periodEnd = $"{year}-12-31",
        kpis = new object[]
        {
            new
            {
                metric = "nps", kind = "result", direction = "increase", unit = "nps", baseline = 0, target = 40,
                warningThreshold = 20, criticalThreshold = 0, cadence = "daily", warningRule = "threshold", minimumSample = 5,
            },
            new
            {
                metric = "complaint-rate", kind = "process", direction = "decrease", unit = "per-100-feedback", baseline = 20, target = 10,
                warningThreshold = 25, criticalThreshold = 40, cadence = "daily", warningRule = "threshold", minimumSample = 5,
            },
        },
    };

    private static async Task<string> IntakeKeyAsync(HttpClient admin, string name, string department)
    {
        var created = await ReadAsync(await admin.PostAsJsonAsync("/api/gateway/api-keys", new { name, departments = new[] { department } }),
            HttpStatusCode.Created);
        return created.GetProperty("key").GetString()!;
    }

    /// <summary>Plans an action due in two months, starts and completes it; returns its id.</summary>
    private static async Task<Guid> RunCorrectiveActionAsync(HttpClient manager, Guid nonconformityId, string owner)
    {
        var dueDate = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var planned = await ReadAsync(await manager.PostAsJsonAsync("/api/audits/corrective-actions", new
        {
            nonconformityId, ownerId = owner, dueDate, plan = "高峰期增加两名坐席，修复网站 two more agents at peak hours, fix the site",
        }), HttpStatusCode.Created);
        var id = planned.GetProperty("id").GetGuid();
        Assert.Equal("planned", planned.GetProperty("state").GetString());
        var started = await ReadAsync(await manager.PostAsync($"/api/audits/corrective-actions/{id}/start", null), HttpStatusCode.OK);
        Assert.Equal("in-progress", started.GetProperty("state").GetString());
        var done = await ReadAsync(await manager.PostAsJsonAsync($"/api/audits/corrective-actions/{id}/complete",
            new { evidence = "排班表与网站发布记录 rota and release notes" }), HttpStatusCode.OK);
        Assert.Equal(("done", true), (done.GetProperty("state").GetString(), done.GetProperty("onTime").GetBoolean()));
        return id;
    }

    private static async Task<JsonElement[]> NonconformitiesAsync(HttpClient client, string department) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/audits/nonconformities?departmentCode={department}")).GetProperty("items").EnumerateArray().ToArray();

    private static Task<JsonElement> NonconformityAsync(HttpClient client, Guid id) =>
        client.GetFromJsonAsync<JsonElement>($"/api/audits/nonconformities/{id}");

    private void Step(string what) => output.WriteLine($"{_clock.Elapsed.TotalSeconds,5:F1} s  {what}");
}
