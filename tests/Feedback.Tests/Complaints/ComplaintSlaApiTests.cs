using System.Net;
using System.Net.Http.Json;
using ServiceExcellence.Feedback.Api.Complaints;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Complaints;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Complaints;

[Collection(FeedbackServiceCollection.Name)]
public sealed class ComplaintSlaApiTests(FeedbackService service)
{
    [Fact]
    public async Task Without_overrides_the_effective_sla_is_the_default_table_in_iso_8601()
    {
        var department = await KnownDepartmentAsync();

        var sla = await GetSlaAsync(Agent(department), department);

        Assert.All(sla.Policies, p => Assert.Equal("default", p.Source));
        var critical = sla.Policies.Single(p => p.Severity == Severity.Critical);
        Assert.Equal(("PT1H", "P1D"), (critical.FirstResponse, critical.Resolution));
        var low = sla.Policies.Single(p => p.Severity == Severity.Low);
        Assert.Equal(("P2D", "P10D"), (low.FirstResponse, low.Resolution));
    }

    [Fact]
    public async Task A_department_override_changes_the_due_times_of_complaints_opened_afterwards()
    {
        var department = await KnownDepartmentAsync();
        var before = await Agent(department).OpenOkAsync(department, "high");

        var set = await (await Manager(department).PutAsJsonAsync($"/api/complaints/sla/{department}",
                new { policies = new[] { new { severity = "high", firstResponse = "PT30M", resolution = "P1DT12H" } } }))
            .ReadAsync<SlaResponse>(HttpStatusCode.OK);
        var after = await Agent(department).OpenOkAsync(department, "high");
        var critical = await Agent(department).OpenOkAsync(department, "critical");

        Assert.Equal("department", set.Policies.Single(p => p.Severity == Severity.High).Source);
        Assert.Equal(TimeSpan.FromHours(4), before.ResponseDueAt - before.OpenedAt);
        Assert.Equal(TimeSpan.FromMinutes(30), after.ResponseDueAt - after.OpenedAt);
        Assert.Equal(TimeSpan.FromHours(36), after.ResolutionDueAt - after.OpenedAt);
        Assert.Equal(TimeSpan.FromHours(1), critical.ResponseDueAt - critical.OpenedAt);
        Assert.Equal("PT30M", (await GetSlaAsync(Agent(department), department)).Policies.Single(p => p.Severity == Severity.High).FirstResponse);
    }

    [Fact]
    public async Task Putting_an_empty_list_restores_the_defaults()
    {
        var department = await KnownDepartmentAsync();
        await Manager(department).PutAsJsonAsync($"/api/complaints/sla/{department}",
            new { policies = new[] { new { severity = "low", firstResponse = "PT1H", resolution = "PT2H" } } });

        var restored = await (await Manager(department).PutAsJsonAsync($"/api/complaints/sla/{department}", new { policies = Array.Empty<object>() }))
            .ReadAsync<SlaResponse>(HttpStatusCode.OK);

        Assert.All(restored.Policies, p => Assert.Equal("default", p.Source));
    }

    [Fact]
    public async Task Invalid_policies_are_400_naming_each_failing_field()
    {
        var department = await KnownDepartmentAsync();

        var problem = await (await Manager(department).PutAsJsonAsync($"/api/complaints/sla/{department}", new
        {
            policies = new object[]
            {
                new { severity = "high", firstResponse = "PT5H", resolution = "PT4H" },
                new { severity = "low", firstResponse = "2 hours", resolution = "P1M" },
                new { severity = "high", firstResponse = "PT0S", resolution = "PT1H" },
            },
        })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(
            ["policies[0].firstResponse", "policies[1].firstResponse", "policies[1].resolution", "policies[2].firstResponse", "policies[2].severity"],
            problem.ErrorFields().Order());
    }

    [Fact]
    public async Task Only_a_manager_of_the_department_or_an_admin_may_set_its_sla()
    {
        var department = await KnownDepartmentAsync();
        var body = new { policies = new[] { new { severity = "low", firstResponse = "PT1H", resolution = "PT2H" } } };

        var agent = await Agent(department).PutAsJsonAsync($"/api/complaints/sla/{department}", body);
        var otherManager = await Manager(await KnownDepartmentAsync()).PutAsJsonAsync($"/api/complaints/sla/{department}", body);
        var admin = await service.Factory.CreateAdminClient().PutAsJsonAsync($"/api/complaints/sla/{department}", body);

        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherManager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task The_sla_of_an_unknown_department_is_400_naming_departmentCode()
    {
        var admin = service.Factory.CreateAdminClient();
        var unknown = Unique.DepartmentCode("nowhere");

        var get = await (await admin.GetAsync($"/api/complaints/sla?departmentCode={unknown}")).ProblemAsync(HttpStatusCode.BadRequest);
        var put = await (await admin.PutAsJsonAsync($"/api/complaints/sla/{unknown}", new { policies = Array.Empty<object>() }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["departmentCode"], get.ErrorFields());
        Assert.Equal(["departmentCode"], put.ErrorFields());
    }

    private static async Task<SlaResponse> GetSlaAsync(HttpClient client, string department) =>
        await (await client.GetAsync($"/api/complaints/sla?departmentCode={department}")).ReadAsync<SlaResponse>(HttpStatusCode.OK);

    private Task<string> KnownDepartmentAsync() =>
        service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("sla"));

    private HttpClient Agent(string department) => service.Factory.CreateClientAs("agent-" + department, [Roles.Agent], department);

    private HttpClient Manager(string department) => service.Factory.CreateClientAs("manager-" + department, [Roles.Manager], department);
}
