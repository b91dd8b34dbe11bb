using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ServiceExcellence.Contracts.Goals;
using ServiceExcellence.Goals.Api.Goals;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Goals.Tests.Goals;

[Collection(GoalsServiceCollection.Name)]
public sealed class GoalApiTests(GoalsService service)
{
    private readonly HttpClient _admin = service.Factory.CreateAdminClient();

    public static TheoryData<string, string> Criteria() => new()
    {
        { "specific", """{"title":"CSAT"}""" },
        { "measurable", """{"kpis":[{"metric":"csat","direction":"increase","baseline":80,"target":90,"warningThreshold":85,"criticalThreshold":80}]}""" },
        { "achievable", """{"kpis":[{"metric":"csat","direction":"increase","unit":"%","baseline":90,"target":90,"warningThreshold":85,"criticalThreshold":80}]}""" },
        { "relevant", """{"strategyLink":null}""" },
        { "time-bound", """{"periodStart":"2030-01-01","periodEnd":"2029-12-31"}""" },
    };

    [Theory]
    [MemberData(nameof(Criteria))]
    public async Task A_goal_failing_one_SMART_criterion_is_rejected_with_422_naming_it_and_why(string criterion, string change)
    {
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var body = GoalCalls.Body(code, owner, b =>
        {
            foreach (var (name, value) in JsonNode.Parse(change)!.AsObject())
            {
                b[name] = value?.DeepClone();
            }
        });

        var response = await _admin.PostAsJsonAsync("/api/goals", body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, criterion);
        var errors = problem.GetProperty("errors");
        Assert.Equal([criterion], errors.EnumerateObject().Select(p => p.Name));
        Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty(criterion)[0].GetString()));
    }

    [Theory]
    [InlineData("/api/goals?departmentCode=%00%01")]
    [InlineData("/api/goals/alerts?departmentCode=%00")]
    [InlineData("/api/organisation/staff?departmentCode=Not%20A%20Code")]
    public async Task A_department_filter_that_is_not_a_department_code_is_a_400_naming_it_never_a_500(string path)
    {
        var response = await service.Factory.CreateAdminClient().GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "departmentCode");
    }

    [Fact]
    public async Task A_goal_that_is_not_SMART_is_saved_when_marked_draft_and_shows_its_assessment()
    {
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);

        var goal = await _admin.CreateOkAsync(GoalCalls.Body(code, owner, b => { b["title"] = "X"; b["draft"] = true; }));

        Assert.Equal(GoalStatus.Draft, goal.Status);
        Assert.False(goal.Smart!.Passed);
        Assert.Equal("specific", Assert.Single(goal.Smart.Criteria, c => !c.Passed).Name);
        Assert.Null(Assert.Single(goal.Kpis).NextDueAt);
    }

    [Fact]
    public async Task A_SMART_goal_is_created_active_with_its_KPIs_due_for_tracking_and_GoalDefined_reaches_the_broker()
    {
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"], (e, p) => p.Observe<GoalDefined>(e));
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);

        var response = await _admin.PostAsJsonAsync("/api/goals", GoalCalls.Body(code, owner));

        var goal = await response.ReadAsync<GoalResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/goals/{goal.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((GoalStatus.Active, 1), (goal.Status, goal.Version));
        Assert.True(goal.Smart!.Passed);
        Assert.NotNull(Assert.Single(goal.Kpis).NextDueAt);
        var set = Assert.Single(await probe.WaitForAsync<GoalDefined>(e => e.GoalId == goal.Id, TimeSpan.FromSeconds(15)));
        Assert.Equal((code, 1, "active", "satisfaction"), (set.DepartmentCode, set.Version, set.Status, set.Category));
        var kpi = Assert.Single(set.Kpis);
        Assert.Equal(("csat", "increase", 80.0, 90.0, 85.0, 80.0, "weekly"),
            (kpi.MetricKey, kpi.Direction, kpi.Baseline, kpi.Target, kpi.WarningThreshold, kpi.CriticalThreshold, kpi.Cadence));
    }

    [Fact]
    public async Task An_unknown_metric_key_is_rejected_with_400_naming_the_KPI_field()
    {
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);

        var response = await _admin.PostAsJsonAsync("/api/goals", GoalCalls.Body(code, owner, b => b.FirstKpi()["metric"] = "happiness"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "kpis[0].metric");
    }

    [Fact]
    public async Task Thresholds_in_the_wrong_order_are_rejected_with_400_naming_the_threshold()
    {
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);

        var response = await _admin.PostAsJsonAsync("/api/goals", GoalCalls.Body(code, owner, b => b.FirstKpi()["criticalThreshold"] = 86));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "kpis[0].criticalThreshold");
    }

    [Fact]
    public async Task A_manager_of_another_department_may_not_set_its_goals()
    {
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var outsider = service.Factory.CreateClientAs("mgr-elsewhere", [Roles.Manager], Unique.DepartmentCode("elsewhere"));

        var response = await outsider.PostAsJsonAsync("/api/goals", GoalCalls.Body(code, owner));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Raising_a_target_by_adjustment_creates_version_2_and_the_history_shows_both()
    {
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var manager = service.Factory.CreateClientAs("mgr-" + code, [Roles.Manager], code);
        var goal = await manager.CreateOkAsync(GoalCalls.Body(code, owner));
        var body = GoalCalls.Body(code, owner, b =>
        {
            b.FirstKpi()["id"] = goal.Kpis[0].Id;
            b.FirstKpi()["target"] = 92;
            b["reason"] = "Q1 review: ahead of plan";
        });

        var adjusted = await (await manager.PutAsJsonAsync($"/api/goals/{goal.Id}", body)).ReadAsync<GoalResponse>(HttpStatusCode.OK);
        var history = await (await manager.GetAsync($"/api/goals/{goal.Id}/history"))
            .ReadAsync<List<GoalVersionResponse>>(HttpStatusCode.OK);

        Assert.Equal(2, adjusted.Version);
        Assert.Equal(92, adjusted.Kpis.Single().Target);
        Assert.Equal([1, 2], history.Select(v => v.Version));
        Assert.Equal([90.0, 92.0], history.Select(v => v.Goal.Kpis.Single().Target!.Value));
        Assert.Equal("Q1 review: ahead of plan", history[1].Reason);
    }

    [Fact]
    public async Task An_adjustment_that_breaks_SMART_is_rejected_with_422_and_makes_no_version()
    {
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var goal = await _admin.CreateOkAsync(GoalCalls.Body(code, owner));

        var response = await _admin.PutAsJsonAsync($"/api/goals/{goal.Id}", GoalCalls.Body(code, owner, b =>
        {
            b.FirstKpi()["id"] = goal.Kpis[0].Id;
            b.FirstKpi()["target"] = 79;
            b.FirstKpi()["warningThreshold"] = 79;
            b.FirstKpi()["criticalThreshold"] = 70;
        }));

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "achievable");
        Assert.Equal(1, (await _admin.GetGoalAsync(goal.Id)).Version);
    }

    [Fact]
    public async Task The_list_filters_by_department_status_and_active_date_and_pages()
    {
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        for (var i = 0; i < 3; i++)
        {
            await _admin.CreateOkAsync(GoalCalls.Body(code, owner));
        }

        await _admin.CreateOkAsync(GoalCalls.Body(code, owner, b => b["draft"] = true));
        var year = DateTime.UtcNow.Year + 1;

        var page = await (await _admin.GetAsync($"/api/goals?departmentCode={code}&status=active&activeOn={year}-06-30&page=2&pageSize=2"))
            .ReadAsync<PagedResult<GoalResponse>>(HttpStatusCode.OK);
        var none = await (await _admin.GetAsync($"/api/goals?departmentCode={code}&activeOn={year + 1}-06-30"))
            .ReadAsync<PagedResult<GoalResponse>>(HttpStatusCode.OK);

        Assert.Equal(3, page.Total);
        Assert.Single(page.Items);
        Assert.Equal(0, none.Total);
        await (await _admin.GetAsync("/api/goals?status=finished")).AssertProblemAsync(HttpStatusCode.BadRequest, "status");
    }

    [Fact]
    public async Task A_child_goal_may_not_hang_under_a_goal_of_a_sibling_department()
    {
        var (parent, parentOwner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var (sibling, siblingOwner) = await GoalCalls.DepartmentWithOwnerAsync(_admin);
        var top = await _admin.CreateOkAsync(GoalCalls.Body(parent, parentOwner));

        var response = await _admin.PostAsJsonAsync("/api/goals", GoalCalls.Body(sibling, siblingOwner, b => b["parentGoalId"] = top.Id));

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "parentGoalId");
    }
}
