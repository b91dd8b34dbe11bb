using System.Net;
using ServiceExcellence.Audits.Api.Nonconformities;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Audits.Tests.Api;
using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Audits.Tests.CorrectiveActions;

[Collection(AuditsServiceCollection.Name)]
public sealed class CorrectiveActionLoopTests(AuditsService service)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task An_ineffective_action_reopens_the_nonconformity_and_a_new_effective_one_closes_it_with_every_event_on_the_broker()
    {
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"], (e, p) =>
        {
            p.Observe<NonconformityRaised>(e);
            p.Observe<CorrectiveActionPlanned>(e);
            p.Observe<CorrectiveActionStarted>(e);
            p.Observe<CorrectiveActionCompleted>(e);
            p.Observe<CorrectiveActionVerified>(e);
            p.Observe<NonconformityReopened>(e);
            p.Observe<NonconformityClosed>(e);
        });
        var department = await service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("loop"));
        var manager = service.Factory.CreateClientAs("manager-" + department, [Roles.Manager], department);
        var auditor = service.Factory.CreateClientAs("auditor-" + department, [Roles.Auditor], department);
        var nonconformity = await manager.RaiseOkAsync(department);

        var first = await manager.PlanOkAsync(nonconformity.Id, DateTimeOffset.UtcNow.AddDays(7));
        Assert.Equal(NonconformityState.ActionPlanned, (await GetAsync(manager, nonconformity.Id)).State);
        await manager.StartAndCompleteAsync(first.Id);
        var ineffective = await auditor.ActOkAsync(first.Id, "verify", new { effective = false, note = "仍然排队 queues as long as before" });
        var reopened = await GetAsync(manager, nonconformity.Id);

        var second = await manager.PlanOkAsync(nonconformity.Id, DateTimeOffset.UtcNow.AddDays(14));
        await manager.ActOkAsync(second.Id, "start");
        var done = await manager.ActOkAsync(second.Id, "complete", new { evidence = "排队时间减半 queue time halved" });
        var effective = await manager.ActOkAsync(second.Id, "verify", new { effective = true });
        var closed = await GetAsync(manager, nonconformity.Id);

        Assert.Equal((CorrectiveActionState.VerifiedIneffective, false), (ineffective.State, ineffective.Effective));
        Assert.Equal((NonconformityState.Open, 1), (reopened.State, reopened.ReopenCount));
        Assert.Equal((CorrectiveActionState.Done, true), (done.State, done.OnTime));
        Assert.Equal((CorrectiveActionState.VerifiedEffective, true), (effective.State, effective.Effective));
        Assert.Equal((NonconformityState.Closed, 1), (closed.State, closed.ReopenCount));
        Assert.Equal([first.Id, second.Id], closed.Actions!.Select(a => a.Id));

        bool Mine(Guid id) => id == nonconformity.Id;
        Assert.Single(await probe.WaitForAsync<NonconformityRaised>(e => Mine(e.NonconformityId), Within));
        var planned = await probe.WaitForAsync<CorrectiveActionPlanned>(e => Mine(e.NonconformityId), Within, count: 2);
        await probe.WaitForAsync<CorrectiveActionStarted>(e => Mine(e.NonconformityId), Within, count: 2);
        var completed = await probe.WaitForAsync<CorrectiveActionCompleted>(e => Mine(e.NonconformityId), Within, count: 2);
        var verdicts = await probe.WaitForAsync<CorrectiveActionVerified>(e => Mine(e.NonconformityId), Within, count: 2);
        var reopenedEvent = Assert.Single(await probe.WaitForAsync<NonconformityReopened>(e => Mine(e.NonconformityId), Within));
        var closedEvent = Assert.Single(await probe.WaitForAsync<NonconformityClosed>(e => Mine(e.NonconformityId), Within));
        await probe.QuietAsync(); // the waits return at the first match: let a duplicate arrive before claiming each came once
        Assert.Equal(2, probe.Received<CorrectiveActionPlanned>().Count(e => Mine(e.NonconformityId)));
        Assert.Equal(2, probe.Received<CorrectiveActionVerified>().Count(e => Mine(e.NonconformityId)));
        Assert.Single(probe.Received<NonconformityClosed>(), e => Mine(e.NonconformityId));

        Assert.Equal([first.Id, second.Id], planned.OrderBy(e => e.OccurredAt).Select(e => e.CorrectiveActionId));
        Assert.All(completed, e => Assert.True(e.OnTime));
        Assert.Equal([(first.Id, false, false), (second.Id, true, false)],
            verdicts.OrderBy(e => e.OccurredAt).Select(e => (e.CorrectiveActionId, e.Effective, e.Automatic)));
        Assert.Equal((first.Id, 1), (reopenedEvent.IneffectiveActionId, reopenedEvent.ReopenCount));
        Assert.Equal((second.Id, nonconformity.RaisedAt), (closedEvent.EffectiveActionId, closedEvent.RaisedAt));
    }

    [Fact]
    public async Task Wrong_transitions_are_conflicts_naming_the_current_state_and_a_second_active_action_is_refused()
    {
        var department = await service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("conflict"));
        var manager = service.Factory.CreateClientAs("manager-" + department, [Roles.Manager], department);
        var nonconformity = await manager.RaiseOkAsync(department);
        var action = await manager.PlanOkAsync(nonconformity.Id, DateTimeOffset.UtcNow.AddDays(3));

        var completeTooEarly = await manager.ActAsync(action.Id, "complete", new { evidence = "done" });
        var verifyTooEarly = await manager.ActAsync(action.Id, "verify", new { effective = true });
        var secondAction = await manager.PlanAsync(nonconformity.Id, "2099-01-01");
        await manager.ActOkAsync(action.Id, "start");
        var startTwice = await manager.ActAsync(action.Id, "start");

        Assert.Contains("is planned", (await completeTooEarly.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Contains("is planned", (await verifyTooEarly.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Contains("is action-planned", (await secondAction.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Contains("is in-progress", (await startTwice.AssertProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_due_date_is_the_end_of_that_day_in_the_organisations_time_zone_and_bad_ones_are_refused()
    {
        var department = await service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("due"));
        var manager = service.Factory.CreateClientAs("manager-" + department, [Roles.Manager], department);
        var nonconformity = await manager.RaiseOkAsync(department);

        var badDate = await manager.PlanAsync(nonconformity.Id, "2099-02-30");
        var noOffset = await manager.PlanAsync(nonconformity.Id, "2099-01-01T10:00:00");
        var past = await manager.PlanAsync(nonconformity.Id, "2020-01-01");
        var action = await (await manager.PlanAsync(nonconformity.Id, "2099-03-15")).ReadAsync<CorrectiveActionResponse>(HttpStatusCode.Created);

        await badDate.AssertProblemAsync(HttpStatusCode.BadRequest, "dueDate");
        await noOffset.AssertProblemAsync(HttpStatusCode.BadRequest, "dueDate");
        await past.AssertProblemAsync(HttpStatusCode.BadRequest, "dueDate");
        Assert.Equal(new DateTimeOffset(2099, 3, 15, 16, 0, 0, TimeSpan.Zero), action.DueAt);
    }

    private static Task<NonconformityResponse> GetAsync(HttpClient client, Guid id) =>
        client.GetOkAsync<NonconformityResponse>($"/api/audits/nonconformities/{id}");
}
