using System.Net;
using System.Net.Http.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using ServiceExcellence.Contracts.Goals;
using ServiceExcellence.Goals.Api.Alerts;
using ServiceExcellence.Goals.Api.Goals;
using ServiceExcellence.Goals.Domain.Alerts;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Tests.Goals;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Goals.Tests.Tracking;

[Collection(GoalsServiceCollection.Name)]
public sealed class TrackingTests(GoalsService service)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);
    private readonly HttpClient _admin = service.Factory.CreateAdminClient();

    [Fact]
    public async Task While_Reporting_is_stopped_refresh_answers_200_with_KPIs_stale_and_tracking_recovers_when_it_returns()
    {
        await using var reporting = await ReportingStub.StartNewAsync();
        await using var goals = new ClockedGoalsService(service, reporting);
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var manager = goals.CreateClientAs("mgr-" + code, [Roles.Manager], code);
        var goal = await manager.CreateOkAsync(GoalCalls.Body(code, owner, b => b["periodStart"] = $"{DateTime.UtcNow.Year}-01-01"));
        reporting.Set("csat", code, 87, sampleSize: 120);

        var first = await RefreshAsync(manager, goal.Id);
        Assert.Equal((87.0, KpiStatus.OnTrack, false), (first.Actual, first.Status, first.Stale));
        var token = new JsonWebToken(reporting.Authorizations.Last()!["Bearer ".Length..]);
        Assert.Equal(("service:goals", "analyst"), (token.Subject, token.GetClaim("role").Value));
        Assert.DoesNotContain(token.Claims, c => c.Type == "dept");
        var lastSuccess = first.LastSuccessAt;

        await reporting.StopAsync();
        goals.Clock.Advance(TimeSpan.FromHours(1));
        for (var i = 0; i < 4; i++)
        {
            // Enough failures to open the circuit: the later refreshes fail fast, and still answer 200.
            var stale = await RefreshAsync(manager, goal.Id);
            Assert.Equal((87.0, KpiStatus.Stale, true, lastSuccess), (stale.Actual, stale.Status, stale.Stale, stale.LastSuccessAt));
        }

        reporting.Set("csat", code, 91, sampleSize: 150);
        await reporting.StartAsync();
        // The breaker keeps time on the service's clock: move it past the break so the next call may probe.
        goals.Clock.Advance(TimeSpan.FromMinutes(1));
        var recovered = await Eventually.MatchAsync(() => RefreshAsync(manager, goal.Id), k => !k.Stale, Within, "KPI no longer stale");
        Assert.Equal((91.0, KpiStatus.OnTrack), (recovered.Actual, recovered.Status));
        Assert.True(recovered.LastSuccessAt > lastSuccess);
    }

    [Fact]
    public async Task The_scheduler_pulls_each_KPI_on_its_cadence()
    {
        await using var reporting = await ReportingStub.StartNewAsync();
        await using var goals = new ClockedGoalsService(service, reporting);
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var manager = goals.CreateClientAs("mgr-" + code, [Roles.Manager], code);
        var goal = await manager.CreateOkAsync(GoalCalls.Body(code, owner, b => b["periodStart"] = $"{DateTime.UtcNow.Year}-01-01"));
        reporting.Set("csat", code, 86);

        await goals.TrackAsync();
        var afterFirst = (await manager.GetGoalAsync(goal.Id)).Kpis.Single();
        reporting.Set("csat", code, 84);
        goals.Clock.Advance(TimeSpan.FromDays(6));
        await goals.TrackAsync();
        var notYetDue = (await manager.GetGoalAsync(goal.Id)).Kpis.Single();
        goals.Clock.Advance(TimeSpan.FromDays(1));
        await goals.TrackAsync();
        var weekLater = (await manager.GetGoalAsync(goal.Id)).Kpis.Single();

        Assert.Equal(86, afterFirst.Actual);
        Assert.Equal(86, notYetDue.Actual);
        Assert.Equal((84.0, KpiStatus.AtRisk), (weekLater.Actual, weekLater.Status));
    }

    [Fact]
    public async Task A_proportion_below_its_minimum_sample_is_insufficient_data_and_opens_no_alert()
    {
        await using var reporting = await ReportingStub.StartNewAsync();
        await using var goals = new ClockedGoalsService(service, reporting);
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var manager = goals.CreateClientAs("mgr-" + code, [Roles.Manager], code);
        var goal = await manager.CreateOkAsync(GoalCalls.Body(code, owner, b => b["periodStart"] = $"{DateTime.UtcNow.Year}-01-01"));
        reporting.Set("csat", code, 40, sampleSize: 29);

        var kpi = await RefreshAsync(manager, goal.Id);

        Assert.Equal(KpiStatus.InsufficientData, kpi.Status);
        var alerts = await (await manager.GetAsync($"/api/goals/alerts?departmentCode={code}"))
            .ReadAsync<PagedResult<AlertResponse>>(HttpStatusCode.OK);
        Assert.Equal(0, alerts.Total);
    }

    [Fact]
    public async Task An_off_track_KPI_opens_a_critical_alert_that_escalates_after_4_hours_and_resolves_itself_after_a_cadence_on_the_good_side()
    {
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"], (e, p) =>
        {
            p.Observe<KpiThresholdBreached>(e);
            p.Observe<AlertEscalated>(e);
            p.Observe<AlertResolved>(e);
            p.Observe<KpiStatusChanged>(e);
        });
        await using var reporting = await ReportingStub.StartNewAsync();
        await using var goals = new ClockedGoalsService(service, reporting);
        var (parent, _) = await GoalCalls.DepartmentWithOwnerAsync(_admin);

        var (manager, code, owner, goal, alert) = await OffTrackCsatAsync(goals, reporting, parent);
        Assert.Equal((AlertSeverity.Critical, "threshold", AlertState.Open, 80.0), (alert.Severity, alert.Rule, alert.State, alert.Threshold));

        goals.Clock.Advance(TimeSpan.FromHours(3.9));
        await goals.EscalateAsync();
        Assert.False((await SingleAlertAsync(manager, code)).Escalated);
        goals.Clock.Advance(TimeSpan.FromHours(0.2));
        await goals.EscalateAsync();
        await goals.EscalateAsync();
        var escalated = await SingleAlertAsync(manager, code);
        Assert.Equal((true, 1, parent), (escalated.Escalated, escalated.EscalationCount, escalated.EscalatedTo));

        var parentManager = goals.CreateClientAs("mgr-" + parent, [Roles.Manager], parent);
        var acknowledged = await (await parentManager.PostAsJsonAsync($"/api/goals/alerts/{alert.Id}/acknowledge",
            new { actionPlan = "加派人手 more staff at peak hours" })).ReadAsync<AlertResponse>(HttpStatusCode.OK);
        Assert.Equal(AlertState.Acknowledged, acknowledged.State);

        reporting.Set("csat", code, 88);
        await RefreshAsync(manager, goal.Id);
        goals.Clock.Advance(TimeSpan.FromDays(7));
        await RefreshAsync(manager, goal.Id);
        var resolved = await SingleAlertAsync(manager, code);
        Assert.Equal((AlertState.Resolved, true), (resolved.State, resolved.ResolvedAutomatically));

        var breach = Assert.Single(await probe.WaitForAsync<KpiThresholdBreached>(b => b.AlertId == alert.Id, Within));
        Assert.Equal(("critical", 70.0, owner), (breach.Severity, breach.Value, breach.OwnerId));
        Assert.Equal(parent, Assert.Single(await probe.WaitForAsync<AlertEscalated>(b => b.AlertId == alert.Id, Within)).EscalatedTo);
        Assert.True(Assert.Single(await probe.WaitForAsync<AlertResolved>(b => b.AlertId == alert.Id, Within)).Automatic);
        await probe.WaitForAsync<KpiStatusChanged>(c => c.KpiId == goal.Kpis[0].Id && c.Status == "off-track", Within);
    }

    [Fact]
    public async Task An_alert_acknowledged_without_an_action_plan_escalates_at_the_plan_deadline_and_one_with_a_plan_does_not()
    {
        await using var reporting = await ReportingStub.StartNewAsync();
        await using var goals = new ClockedGoalsService(service, reporting);
        var (parent, _) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var alerts = new List<(HttpClient Manager, string Code, Guid AlertId)>();
        foreach (var plan in new[] { null, "每天复盘 daily review of lost calls" })
        {
            var (manager, code, _, _, alert) = await OffTrackCsatAsync(goals, reporting, parent);
            await (await manager.PostAsJsonAsync($"/api/goals/alerts/{alert.Id}/acknowledge", new { actionPlan = plan }))
                .ReadAsync<AlertResponse>(HttpStatusCode.OK);
            alerts.Add((manager, code, alert.Id));
        }

        // Past the critical alert's 24-hour action-plan deadline; both were acknowledged in time, only one with a plan.
        goals.Clock.Advance(TimeSpan.FromHours(24.1));
        await goals.EscalateAsync();
        await goals.EscalateAsync();

        var withoutPlan = await SingleAlertAsync(alerts[0].Manager, alerts[0].Code);
        var withPlan = await SingleAlertAsync(alerts[1].Manager, alerts[1].Code);
        Assert.Equal((true, 1, parent), (withoutPlan.Escalated, withoutPlan.EscalationCount, withoutPlan.EscalatedTo));
        Assert.Equal((false, 0), (withPlan.Escalated, withPlan.EscalationCount));
    }

    [Fact]
    public async Task One_escalation_scan_escalates_every_missed_deadline_when_they_fill_more_than_one_page()
    {
        await using var reporting = await ReportingStub.StartNewAsync();
        await using var goals = new ClockedGoalsService(service, reporting, escalationPageSize: 1);
        var (parent, _) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var alerts = new List<(HttpClient Manager, string Code)>();
        for (var i = 0; i < 3; i++)
        {
            var (manager, code, _, _, _) = await OffTrackCsatAsync(goals, reporting, parent);
            alerts.Add((manager, code));
        }

        // Past the critical alert's 4-hour acknowledgement deadline: every one of the three is due, each on a page of its own.
        goals.Clock.Advance(TimeSpan.FromHours(4.1));
        await goals.EscalateAsync();

        foreach (var (manager, code) in alerts)
        {
            var alert = await SingleAlertAsync(manager, code);
            Assert.Equal((true, 1, parent), (alert.Escalated, alert.EscalationCount, alert.EscalatedTo));
        }
    }

    /// <summary>A department under <paramref name="parent"/> whose CSAT goal is far below target: its critical alert, and who to ask.</summary>
    private async Task<(HttpClient Manager, string Code, string Owner, GoalResponse Goal, AlertResponse Alert)> OffTrackCsatAsync(
        ClockedGoalsService goals, ReportingStub reporting, string parent)
    {
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin, parent);
        var manager = goals.CreateClientAs("mgr-" + code, [Roles.Manager], code);
        var goal = await manager.CreateOkAsync(GoalCalls.Body(code, owner, b => b["periodStart"] = $"{DateTime.UtcNow.Year}-01-01"));
        reporting.Set("csat", code, 70);
        await RefreshAsync(manager, goal.Id);
        return (manager, code, owner, goal, await SingleAlertAsync(manager, code));
    }

    [Fact]
    public async Task An_alert_is_handled_by_its_owner_or_a_manager_and_a_resolved_one_answers_409_naming_its_state()
    {
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var goal = await _admin.CreateOkAsync(GoalCalls.Body(code, owner, b =>
        {
            b.FirstKpi()["metric"] = "manual:mystery-calls";
            b["periodStart"] = $"{DateTime.UtcNow.Year}-01-01";
        }));
        await _admin.PostAsJsonAsync($"/api/goals/{goal.Id}/kpis/{goal.Kpis.Single().Id}/measurements", new { value = 82 });
        var manager = service.Factory.CreateClientAs("mgr-" + code, [Roles.Manager], code);
        var alert = await SingleAlertAsync(manager, code);
        var stranger = service.Factory.CreateClientAs("agent-x", [Roles.Agent], code);
        var ownerClient = service.Factory.CreateClientAs(owner, [Roles.Agent], code);

        await (await stranger.PostAsJsonAsync($"/api/goals/alerts/{alert.Id}/acknowledge", new { })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var acknowledged = await (await ownerClient.PostAsJsonAsync($"/api/goals/alerts/{alert.Id}/acknowledge", new { }))
            .ReadAsync<AlertResponse>(HttpStatusCode.OK);
        await (await ownerClient.PostAsJsonAsync($"/api/goals/alerts/{alert.Id}/resolve", new { resolution = "x" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        var resolved = await (await manager.PostAsJsonAsync($"/api/goals/alerts/{alert.Id}/resolve", new { resolution = "神秘顾客复查通过 recheck passed" }))
            .ReadAsync<AlertResponse>(HttpStatusCode.OK);
        var again = await manager.PostAsJsonAsync($"/api/goals/alerts/{alert.Id}/resolve", new { resolution = "again" });

        Assert.Equal((AlertSeverity.Warning, AlertState.Acknowledged, owner), (alert.Severity, acknowledged.State, acknowledged.AcknowledgedBy));
        Assert.Equal((AlertState.Resolved, false, "mgr-" + code), (resolved.State, resolved.ResolvedAutomatically, resolved.ResolvedBy));
        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("resolved", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_control_chart_KPI_alerts_on_a_Western_Electric_rule_not_on_its_thresholds()
    {
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var goal = await _admin.CreateOkAsync(GoalCalls.Body(code, owner, b =>
        {
            var kpi = b.FirstKpi();
            kpi["metric"] = "manual:first-call-resolution";
            kpi["unit"] = "calls";
            kpi["baseline"] = 10;
            kpi["target"] = 15;
            kpi["warningThreshold"] = 9;
            kpi["criticalThreshold"] = 8;
            kpi["warningRule"] = "control-chart";
            kpi["baselineWindow"] = 5;
            b["periodStart"] = $"{DateTime.UtcNow.Year}-01-01";
        }));
        var kpiId = goal.Kpis.Single().Id;

        // Baseline window 10, 12, 11, 13, 14: X̄ = 12, σ = 1.33. 8.5 is at-risk by threshold but only 2.6 σ out;
        // 7.9 is 3.08 σ out: rule 1, critical, at the lower limit 8.01.
        foreach (var value in new[] { 10, 12, 11, 13, 14, 8.5 })
        {
            (await _admin.PostAsJsonAsync($"/api/goals/{goal.Id}/kpis/{kpiId}/measurements", new { value })).EnsureSuccessStatusCode();
        }

        var before = await (await _admin.GetAsync($"/api/goals/alerts?departmentCode={code}")).ReadAsync<PagedResult<AlertResponse>>(HttpStatusCode.OK);
        (await _admin.PostAsJsonAsync($"/api/goals/{goal.Id}/kpis/{kpiId}/measurements", new { value = 7.9 })).EnsureSuccessStatusCode();
        var alert = await SingleAlertAsync(_admin, code);

        Assert.Equal(0, before.Total);
        Assert.Equal((AlertSeverity.Critical, "beyond-3-sigma", 7.9), (alert.Severity, alert.Rule, alert.Value));
        Assert.Equal(8.01, alert.Threshold!.Value, 9);
    }

    [Fact]
    public async Task A_manual_KPI_takes_measurements_from_its_owner_but_not_from_others()
    {
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var goal = await _admin.CreateOkAsync(GoalCalls.Body(code, owner, b =>
        {
            b.FirstKpi()["metric"] = "manual:store-visits";
            b.FirstKpi()["unit"] = "visits";
            b["periodStart"] = $"{DateTime.UtcNow.Year}-01-01";
        }));
        var kpiId = goal.Kpis.Single().Id;
        var ownerClient = service.Factory.CreateClientAs(owner, [Roles.Agent], code);
        var stranger = service.Factory.CreateClientAs("someone-else", [Roles.Agent], code);

        var measured = await (await ownerClient.PostAsJsonAsync($"/api/goals/{goal.Id}/kpis/{kpiId}/measurements", new { value = 88 }))
            .ReadAsync<KpiResponse>(HttpStatusCode.Created);
        var denied = await stranger.PostAsJsonAsync($"/api/goals/{goal.Id}/kpis/{kpiId}/measurements", new { value = 90 });

        Assert.Equal((88.0, KpiStatus.OnTrack), (measured.Actual, measured.Status));
        await denied.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<KpiResponse> RefreshAsync(HttpClient client, Guid goalId) =>
        (await (await client.PostAsync($"/api/goals/{goalId}/refresh", null)).ReadAsync<GoalResponse>(HttpStatusCode.OK)).Kpis.Single();

    private static async Task<AlertResponse> SingleAlertAsync(HttpClient client, string code) =>
        Assert.Single((await (await client.GetAsync($"/api/goals/alerts?departmentCode={code}"))
            .ReadAsync<PagedResult<AlertResponse>>(HttpStatusCode.OK)).Items);
}
