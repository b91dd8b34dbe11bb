using System.Net;
using System.Net.Http.Json;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Complaints;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Complaints;

[Collection(FeedbackServiceCollection.Name)]
public sealed class ComplaintLifecycleApiTests(FeedbackService service)
{
    [Theory]
    [InlineData("critical", 1, 24)]
    [InlineData("high", 4, 48)]
    [InlineData("medium", 24, 120)]
    [InlineData("low", 48, 240)]
    public async Task Opening_a_complaint_answers_201_with_due_times_from_its_severity(string severity, int responseHours, int resolutionHours)
    {
        var department = await KnownDepartmentAsync();

        var complaint = await Agent(department).OpenOkAsync(department, severity);

        Assert.Equal(ComplaintState.Open, complaint.State);
        Assert.Equal(department, complaint.DepartmentCode);
        Assert.Equal(7, complaint.Id.Version);
        Assert.Equal(TimeSpan.FromHours(responseHours), complaint.ResponseDueAt - complaint.OpenedAt);
        Assert.Equal(TimeSpan.FromHours(resolutionHours), complaint.ResolutionDueAt - complaint.OpenedAt);
        Assert.Equal("排队等了两个小时 waited two hours in the queue", complaint.Summary);
        Assert.False(complaint.Overdue);
    }

    [Fact]
    public async Task A_complaint_goes_from_open_to_closed_and_can_be_read_back()
    {
        var department = await KnownDepartmentAsync();
        var agent = Agent(department);
        var opened = await agent.OpenOkAsync(department);

        var closed = await agent.CloseAsync(opened.Id, customerSatisfied: true);
        var read = await agent.GetAsync(opened.Id);

        Assert.Equal(ComplaintState.Closed, closed.State);
        Assert.Equal(ComplaintState.Closed, read.State);
        Assert.Equal("refund issued", read.Resolution);
        Assert.True(read.CustomerInformed);
        Assert.True(read.CustomerSatisfied);
        Assert.NotNull(read.RespondedAt);
        Assert.NotNull(read.ClosedAt);
    }

    [Fact]
    public async Task An_invalid_transition_is_409_naming_the_current_state()
    {
        var department = await KnownDepartmentAsync();
        var agent = Agent(department);
        var opened = await agent.OpenOkAsync(department);

        var problem = await (await agent.ActAsync(opened.Id, "resolve", new { resolution = "fixed" })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("'open'", problem.GetProperty("detail").GetString());
        Assert.Equal("open", problem.GetProperty("errors").GetProperty("state")[0].GetString());
    }

    [Fact]
    public async Task Closing_without_informing_the_customer_is_422_naming_customerInformed()
    {
        var department = await KnownDepartmentAsync();
        var agent = Agent(department);
        var opened = await agent.OpenOkAsync(department);
        await agent.ActOkAsync(opened.Id, "respond", new { message = "hello" });
        await agent.ActOkAsync(opened.Id, "resolve", new { resolution = "fixed" });

        var problem = await (await agent.ActAsync(opened.Id, "close", new { customerInformed = false, customerSatisfied = true }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["customerInformed"], problem.ErrorFields());
        Assert.Equal(ComplaintState.Resolved, (await agent.GetAsync(opened.Id)).State);
    }

    [Fact]
    public async Task An_unsatisfied_customer_can_have_the_complaint_reopened_with_new_due_times()
    {
        var department = await KnownDepartmentAsync();
        var agent = Agent(department);
        var opened = await agent.OpenOkAsync(department, "high");
        await agent.CloseAsync(opened.Id, customerSatisfied: false);

        var reopened = await agent.ActOkAsync(opened.Id, "reopen", new { reason = "问题没有解决 still not fixed" });

        Assert.Equal(ComplaintState.Open, reopened.State);
        Assert.Equal(1, reopened.ReopenCount);
        Assert.Equal("问题没有解决 still not fixed", reopened.LastReopenReason);
        Assert.Equal(TimeSpan.FromHours(4), reopened.ResponseDueAt - reopened.LastReopenedAt);
        Assert.True(reopened.ResponseDueAt > opened.ResponseDueAt);
        Assert.Null(reopened.RespondedAt);
    }

    [Fact]
    public async Task A_satisfied_customers_complaint_cannot_be_reopened()
    {
        var department = await KnownDepartmentAsync();
        var agent = Agent(department);
        var opened = await agent.OpenOkAsync(department);
        await agent.CloseAsync(opened.Id, customerSatisfied: true);

        var problem = await (await agent.ActAsync(opened.Id, "reopen", new { reason = "just because" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["customerSatisfied"], problem.ErrorFields());
    }

    [Fact]
    public async Task Reopening_a_complaint_that_is_not_closed_is_409_naming_its_state()
    {
        var department = await KnownDepartmentAsync();
        var agent = Agent(department);
        var opened = await agent.OpenOkAsync(department);
        await agent.ActOkAsync(opened.Id, "respond", new { message = "hello" });

        var problem = await (await agent.ActAsync(opened.Id, "reopen", new { reason = "again" })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("responded", problem.GetProperty("errors").GetProperty("state")[0].GetString());
    }

    [Fact]
    public async Task Two_simultaneous_responses_move_the_complaint_once_and_the_other_is_409()
    {
        var department = await KnownDepartmentAsync();
        var agent = Agent(department);
        var opened = await agent.OpenOkAsync(department);

        var answers = await Task.WhenAll(Enumerable.Range(0, 2)
            .Select(i => agent.ActAsync(opened.Id, "respond", new { message = $"reply {i}" })));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(ComplaintState.Responded, (await agent.GetAsync(opened.Id)).State);
    }

    [Fact]
    public async Task An_unknown_department_is_400_naming_departmentCode()
    {
        var unknown = Unique.DepartmentCode("nowhere");

        var problem = await (await Agent(unknown).OpenAsync(unknown)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["departmentCode"], problem.ErrorFields());
    }

    [Fact]
    public async Task Missing_fields_are_400_listing_each_of_them()
    {
        var department = await KnownDepartmentAsync();

        var response = await Agent(department).PostAsJsonAsync("/api/complaints", new { departmentCode = department, summary = new string('x', 2001) });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["channel", "customerRef", "severity", "summary"], problem.ErrorFields().Order());
    }

    [Theory]
    [InlineData("""{"channel":"fax","departmentCode":"$dept","customerRef":"c","summary":"s","severity":"low"}""", "channel")]
    [InlineData("""{"channel":"web","departmentCode":"$dept","customerRef":"c","summary":"s","severity":"urgent"}""", "severity")]
    [InlineData("""{"channel":"web",""", null)]
    public async Task An_unknown_channel_or_severity_or_broken_json_is_400_naming_the_field(string body, string? field)
    {
        var department = await KnownDepartmentAsync();

        var response = await Agent(department).PostAsync("/api/complaints",
            new StringContent(body.Replace("$dept", department, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task An_unknown_complaint_is_404()
    {
        var response = await Agent("call-centre").ActAsync(Guid.CreateVersion7(), "respond", new { message = "hello" });

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    private Task<string> KnownDepartmentAsync() =>
        service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("complaints"));

    private HttpClient Agent(string department) => service.Factory.CreateClientAs("agent-" + department, [Roles.Agent], department);
}
