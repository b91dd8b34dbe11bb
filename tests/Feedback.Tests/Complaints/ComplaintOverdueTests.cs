using System.Net;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Feedback.Api.Complaints;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Complaints;

[Collection(FeedbackServiceCollection.Name)]
public sealed class ComplaintOverdueTests(FeedbackService service)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_critical_complaint_unanswered_after_one_hour_is_overdue_and_its_breach_is_published_exactly_once()
    {
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"],
            (e, p) => p.Observe<ComplaintSlaBreached>(e));
        await using var clocked = new ClockedFeedbackService(service);
        var department = await KnownDepartmentAsync();
        var agent = clocked.CreateClientAs("agent-" + department, [Roles.Agent], department);
        var complaint = await agent.OpenOkAsync(department, "critical");

        clocked.Clock.Advance(TimeSpan.FromMinutes(59));
        await clocked.ScanAsync();
        Assert.False((await agent.GetAsync(complaint.Id)).Overdue);

        clocked.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await clocked.ScanAsync();
        await clocked.ScanAsync();

        var read = await agent.GetAsync(complaint.Id);
        var overdueList = await (await agent.GetAsync($"/api/complaints?departmentCode={department}&overdue=true"))
            .ReadAsync<PagedResult<ComplaintResponse>>(HttpStatusCode.OK);
        Assert.True(read.Overdue);
        Assert.NotNull(read.ResponseBreachedAt);
        Assert.Null(read.ResolutionBreachedAt);
        Assert.Equal([complaint.Id], overdueList.Items.Select(c => c.Id));

        var breach = Assert.Single(await probe.ExactlyAsync<ComplaintSlaBreached>(b => b.ComplaintId == complaint.Id, Within));
        Assert.Equal(ComplaintSlaBreached.FirstResponse, breach.Deadline);
        Assert.Equal(complaint.ResponseDueAt, breach.DueAt);
        Assert.Equal("critical", breach.Severity);
        Assert.Equal("call-centre", breach.Channel);
        Assert.Equal(department, breach.DepartmentCode);
        Assert.Equal(complaint.OpenedAt, breach.OpenedAt);
    }

    [Fact]
    public async Task A_responded_complaint_breaches_only_its_resolution_and_a_reopened_one_may_breach_again()
    {
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"],
            (e, p) => p.Observe<ComplaintSlaBreached>(e));
        await using var clocked = new ClockedFeedbackService(service);
        var department = await KnownDepartmentAsync();
        var agent = clocked.CreateClientAs("agent-" + department, [Roles.Agent], department);
        var complaint = await agent.OpenOkAsync(department, "critical");
        await agent.ActOkAsync(complaint.Id, "respond", new { message = "正在处理 on it" });

        clocked.Clock.Advance(TimeSpan.FromHours(25));
        await clocked.ScanAsync();
        await agent.ActOkAsync(complaint.Id, "resolve", new { resolution = "late but fixed" });
        await agent.ActOkAsync(complaint.Id, "close", new { customerInformed = true, customerSatisfied = false });
        var reopened = await agent.ActOkAsync(complaint.Id, "reopen", new { reason = "not satisfied" });
        Assert.Null(reopened.ResolutionBreachedAt);
        clocked.Clock.Advance(TimeSpan.FromHours(2));
        await clocked.ScanAsync();
        await clocked.ScanAsync();

        var breaches = await probe.ExactlyAsync<ComplaintSlaBreached>(b => b.ComplaintId == complaint.Id, Within, count: 2);
        Assert.Equal(
            [(ComplaintSlaBreached.Resolution, 0), (ComplaintSlaBreached.FirstResponse, 1)],
            breaches.OrderBy(b => b.ReopenCount).Select(b => (b.Deadline, b.ReopenCount)));
        Assert.Equal(reopened.ResponseDueAt, breaches.Single(b => b.ReopenCount == 1).DueAt);
        Assert.Equal(reopened.LastReopenedAt, breaches.Single(b => b.ReopenCount == 1).CycleStartedAt);
    }

    private Task<string> KnownDepartmentAsync() =>
        service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("overdue"));
}
