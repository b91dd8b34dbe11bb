using System.Net;
using ServiceExcellence.Feedback.Api.Complaints;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Complaints;

[Collection(FeedbackServiceCollection.Name)]
public sealed class ComplaintListTests(FeedbackService service)
{
    [Fact]
    public async Task The_list_is_paged_newest_first_with_the_total()
    {
        var department = await KnownDepartmentAsync();
        var agent = Agent(department);
        var opened = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            opened.Add((await agent.OpenOkAsync(department)).Id);
        }

        var first = await ListAsync(agent, $"departmentCode={department}&page=1&pageSize=2");
        var third = await ListAsync(agent, $"departmentCode={department}&page=3&pageSize=2");

        Assert.Equal(5, first.Total);
        Assert.Equal(opened[^2..].AsEnumerable().Reverse(), first.Items.Select(c => c.Id));
        Assert.Equal([opened[0]], third.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task The_state_filter_returns_only_complaints_in_that_state()
    {
        var department = await KnownDepartmentAsync();
        var agent = Agent(department);
        var open = await agent.OpenOkAsync(department);
        var responded = await agent.OpenOkAsync(department);
        await agent.ActOkAsync(responded.Id, "respond", new { message = "hello" });

        var onlyOpen = await ListAsync(agent, $"departmentCode={department}&state=open");
        var onlyResponded = await ListAsync(agent, $"departmentCode={department}&state=responded");

        Assert.Equal([open.Id], onlyOpen.Items.Select(c => c.Id));
        Assert.Equal([responded.Id], onlyResponded.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Fresh_complaints_are_not_overdue()
    {
        var department = await KnownDepartmentAsync();
        var agent = Agent(department);
        var complaint = await agent.OpenOkAsync(department);

        var overdue = await ListAsync(agent, $"departmentCode={department}&overdue=true");
        var notOverdue = await ListAsync(agent, $"departmentCode={department}&overdue=false");

        Assert.Empty(overdue.Items);
        Assert.Equal([complaint.Id], notOverdue.Items.Select(c => c.Id));
    }

    [Theory]
    [InlineData("state=pending", "state")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task Bad_filters_are_400_naming_the_field(string query, string field)
    {
        var problem = await (await Agent("call-centre").GetAsync($"/api/complaints?{query}")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([field], problem.ErrorFields());
    }

    private static async Task<PagedResult<ComplaintResponse>> ListAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/complaints?{query}")).ReadAsync<PagedResult<ComplaintResponse>>(HttpStatusCode.OK);

    private Task<string> KnownDepartmentAsync() =>
        service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("list"));

    private HttpClient Agent(string department) => service.Factory.CreateClientAs("agent-" + department, [Roles.Agent], department);
}
