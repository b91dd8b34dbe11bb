using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Complaints;

[Collection(FeedbackServiceCollection.Name)]
public sealed class ComplaintEventsTests(FeedbackService service)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Every_complaint_transition_reaches_the_broker_through_the_outbox()
    {
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"], (e, p) =>
        {
            p.Observe<ComplaintOpened>(e);
            p.Observe<ComplaintResponded>(e);
            p.Observe<ComplaintResolved>(e);
            p.Observe<ComplaintClosed>(e);
            p.Observe<ComplaintReopened>(e);
        });
        var department = await service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("events"));
        var agent = service.Factory.CreateClientAs("agent-" + department, [Roles.Agent], department);
        var complaint = await agent.OpenOkAsync(department, "medium");
        var closed = await agent.CloseAsync(complaint.Id, customerSatisfied: false);
        var reopened = await agent.ActOkAsync(complaint.Id, "reopen", new { reason = "还是不行 still broken" });

        var opened = Assert.Single(await probe.WaitForAsync<ComplaintOpened>(e => e.ComplaintId == complaint.Id, Within));
        var responded = Assert.Single(await probe.WaitForAsync<ComplaintResponded>(e => e.ComplaintId == complaint.Id, Within));
        var resolved = Assert.Single(await probe.WaitForAsync<ComplaintResolved>(e => e.ComplaintId == complaint.Id, Within));
        var closedEvent = Assert.Single(await probe.WaitForAsync<ComplaintClosed>(e => e.ComplaintId == complaint.Id, Within));
        var reopenedEvent = Assert.Single(await probe.WaitForAsync<ComplaintReopened>(e => e.ComplaintId == complaint.Id, Within));
        await probe.QuietAsync(); // the waits return at the first match: let a duplicate arrive before claiming each came once
        Assert.Single(probe.Received<ComplaintOpened>(), e => e.ComplaintId == complaint.Id);
        Assert.Single(probe.Received<ComplaintResponded>(), e => e.ComplaintId == complaint.Id);
        Assert.Single(probe.Received<ComplaintResolved>(), e => e.ComplaintId == complaint.Id);
        Assert.Single(probe.Received<ComplaintClosed>(), e => e.ComplaintId == complaint.Id);
        Assert.Single(probe.Received<ComplaintReopened>(), e => e.ComplaintId == complaint.Id);

        Assert.Equal((department, "call-centre", "medium"), (opened.DepartmentCode, opened.Channel, opened.Severity));
        Assert.Equal((complaint.OpenedAt, complaint.ResponseDueAt, complaint.ResolutionDueAt),
            (opened.OpenedAt, opened.ResponseDueAt, opened.ResolutionDueAt));
        Assert.True(responded.WithinSla);
        Assert.InRange(responded.FirstResponseMinutes, 0, 5);
        Assert.True(resolved.WithinSla);
        Assert.True(resolved.FirstResponseWithinSla);
        Assert.Equal(closed.ResolvedAt, resolved.ResolvedAt);
        Assert.Equal((resolved.ResolvedAt - resolved.CycleStartedAt).TotalHours, resolved.ResolutionHours, 6);
        Assert.Equal((true, false), (closedEvent.CustomerInformed, closedEvent.CustomerSatisfied));
        Assert.Equal(("还是不行 still broken", 1, reopened.ResponseDueAt), (reopenedEvent.Reason, reopenedEvent.ReopenCount, reopenedEvent.ResponseDueAt));
        Assert.All(new[] { opened.EventId, responded.EventId, resolved.EventId, closedEvent.EventId, reopenedEvent.EventId },
            id => Assert.Equal(7, id.Version));
    }
}
