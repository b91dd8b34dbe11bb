using System.Net;
using ServiceExcellence.Feedback.Api.Complaints;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Complaints;

[Collection(FeedbackServiceCollection.Name)]
public sealed class ComplaintAccessTests(FeedbackService service)
{
    [Fact]
    public async Task An_agent_of_another_department_gets_403_opening_or_handling_a_complaint()
    {
        var department = await KnownDepartmentAsync();
        var other = await KnownDepartmentAsync();
        var complaint = await Client(Roles.Agent, department).OpenOkAsync(department);
        var outsider = Client(Roles.Agent, other);

        await (await outsider.OpenAsync(department)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.ActAsync(complaint.Id, "respond", new { message = "hi" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.GetAsync($"/api/complaints/{complaint.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.GetAsync($"/api/complaints?departmentCode={department}")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_manager_of_the_department_and_an_admin_may_handle_its_complaints()
    {
        var department = await KnownDepartmentAsync();
        var complaint = await Client(Roles.Manager, department).OpenOkAsync(department);

        await Client(Roles.Manager, department).ActOkAsync(complaint.Id, "respond", new { message = "经理回复 manager here" });
        await service.Factory.CreateAdminClient().ActOkAsync(complaint.Id, "resolve", new { resolution = "fixed" });
    }

    [Fact]
    public async Task An_analyst_may_read_every_department_but_change_nothing()
    {
        var department = await KnownDepartmentAsync();
        var complaint = await Client(Roles.Agent, department).OpenOkAsync(department);
        var analyst = Client(Roles.Analyst);

        var read = await analyst.GetAsync(complaint.Id);
        var list = await (await analyst.GetAsync($"/api/complaints?departmentCode={department}"))
            .ReadAsync<PagedResult<ComplaintResponse>>(HttpStatusCode.OK);

        Assert.Equal(complaint.Id, read.Id);
        Assert.Equal([complaint.Id], list.Items.Select(c => c.Id));
        await (await analyst.OpenAsync(department)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await analyst.ActAsync(complaint.Id, "respond", new { message = "hi" })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(Roles.Intake)]
    [InlineData(Roles.Auditor)]
    public async Task Intake_clients_and_auditors_may_neither_open_nor_list_complaints(string role)
    {
        var department = await KnownDepartmentAsync();
        var client = Client(role, department);

        await (await client.OpenAsync(department)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/complaints")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_a_token_every_complaint_route_is_401()
    {
        var anonymous = service.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/complaints")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.OpenAsync("call-centre")).StatusCode);
    }

    [Fact]
    public async Task An_agent_listing_without_a_department_sees_only_their_own_departments()
    {
        var mine = await KnownDepartmentAsync();
        var theirs = await KnownDepartmentAsync();
        var own = await Client(Roles.Agent, mine).OpenOkAsync(mine);
        await Client(Roles.Agent, theirs).OpenOkAsync(theirs);

        var list = await (await Client(Roles.Agent, mine).GetAsync("/api/complaints?pageSize=200"))
            .ReadAsync<PagedResult<ComplaintResponse>>(HttpStatusCode.OK);

        Assert.Equal([own.Id], list.Items.Select(c => c.Id));
    }

    private Task<string> KnownDepartmentAsync() =>
        service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("access"));

    private HttpClient Client(string role, params string[] departments) =>
        service.Factory.CreateClientAs($"{role}-{Guid.NewGuid():N}", [role], departments);
}
