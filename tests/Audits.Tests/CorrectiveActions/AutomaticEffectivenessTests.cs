using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Audits.Api.Nonconformities;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Audits.Tests.Api;
using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.Contracts.Goals;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Audits.Tests.CorrectiveActions;

[Collection(AuditsServiceCollection.Name)]
public sealed class AutomaticEffectivenessTests(AuditsService service)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData("on-track", CorrectiveActionState.VerifiedEffective, NonconformityState.Closed)]
    [InlineData("achieved", CorrectiveActionState.VerifiedEffective, NonconformityState.Closed)]
    [InlineData("at-risk", CorrectiveActionState.VerifiedIneffective, NonconformityState.Open)]
    [InlineData("off-track", CorrectiveActionState.VerifiedIneffective, NonconformityState.Open)]
    [InlineData("missed", CorrectiveActionState.VerifiedIneffective, NonconformityState.Open)]
    [InlineData("insufficient-data", CorrectiveActionState.Done, NonconformityState.ActionPlanned)]
    public async Task Two_cadences_after_the_action_is_done_the_kpi_status_decides_its_effectiveness(
        string status, CorrectiveActionState expectedAction, NonconformityState expectedNonconformity)
    {
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"],
            (e, p) => p.Observe<CorrectiveActionVerified>(e));
        await using var clocked = new ClockedAuditsService(service);
        var department = await service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("kpi"));
        var manager = clocked.CreateClientAs("manager-" + department, [Roles.Manager], department);
        var kpiId = Guid.CreateVersion7();
        var nonconformity = await manager.RaiseOkAsync(department, kpiId);
        var action = await manager.PlanOkAsync(nonconformity.Id, clocked.Clock.GetUtcNow().AddDays(7));
        await manager.StartAndCompleteAsync(action.Id);

        await PublishStatusAsync(clocked, department, kpiId, status);
        clocked.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        await clocked.VerifyEffectivenessAsync();
        Assert.Equal(CorrectiveActionState.Done, (await ReadAsync(manager, nonconformity.Id)).Actions!.Single().State);

        clocked.Clock.Advance(TimeSpan.FromMinutes(2));
        await clocked.VerifyEffectivenessAsync();

        var read = await ReadAsync(manager, nonconformity.Id);
        var verified = read.Actions!.Single();
        Assert.Equal((expectedAction, expectedNonconformity), (verified.State, read.State));
        if (expectedAction != CorrectiveActionState.Done)
        {
            Assert.True(verified.VerifiedAutomatically);
            var verdict = Assert.Single(await probe.WaitForAsync<CorrectiveActionVerified>(e => e.CorrectiveActionId == action.Id, Within));
            Assert.Equal((expectedAction == CorrectiveActionState.VerifiedEffective, true), (verdict.Effective, verdict.Automatic));
        }
    }

    [Fact]
    public async Task An_older_kpi_status_arriving_late_does_not_replace_the_newer_one()
    {
        await using var clocked = new ClockedAuditsService(service);
        var department = await service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("kpi-late"));
        var manager = clocked.CreateClientAs("manager-" + department, [Roles.Manager], department);
        var kpiId = Guid.CreateVersion7();
        var nonconformity = await manager.RaiseOkAsync(department, kpiId);
        var action = await manager.PlanOkAsync(nonconformity.Id, clocked.Clock.GetUtcNow().AddDays(7));
        await manager.StartAndCompleteAsync(action.Id);

        await PublishStatusAsync(clocked, department, kpiId, "on-track", occurredAt: clocked.Clock.GetUtcNow());
        await PublishStatusAsync(clocked, department, kpiId, "off-track", occurredAt: clocked.Clock.GetUtcNow().AddHours(-1));
        clocked.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await clocked.VerifyEffectivenessAsync();

        Assert.Equal(NonconformityState.Closed, (await ReadAsync(manager, nonconformity.Id)).State);
    }

    /// <summary>Publishes a daily KPI's status on the real broker and waits until one of the two services consumed it.</summary>
    private async Task PublishStatusAsync(ClockedAuditsService clocked, string department, Guid kpiId, string status, DateTimeOffset? occurredAt = null)
    {
        var bus = service.Factory.Services.GetRequiredService<IBus>();
        var consumed = ConsumedMessages.ObserveOn(bus);
        clocked.Bus.ConnectConsumeObserver(consumed);
        var changed = new KpiStatusChanged(Guid.CreateVersion7(), occurredAt ?? clocked.Clock.GetUtcNow(), department, Guid.CreateVersion7(),
            kpiId, "first-response-time", "daily", null, status, 42, 30, 0.7);
        await bus.Publish(changed);
        await consumed.WaitForAsync(changed.EventId, 1, Within);
    }

    private static Task<NonconformityResponse> ReadAsync(HttpClient client, Guid id) =>
        client.GetOkAsync<NonconformityResponse>($"/api/audits/nonconformities/{id}");
}
