using System.Net;
using ServiceExcellence.Audits.Api.Nonconformities;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Tests.Api;
using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Audits.Tests.CorrectiveActions;

[Collection(AuditsServiceCollection.Name)]
public sealed class OverdueActionTests(AuditsService service)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task An_action_not_done_by_its_due_time_is_flagged_overdue_and_published_exactly_once()
    {
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"],
            (e, p) => p.Observe<CorrectiveActionOverdue>(e));
        await using var clocked = new ClockedAuditsService(service);
        var department = await service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("overdue"));
        var manager = clocked.CreateClientAs("manager-" + department, [Roles.Manager], department);
        var nonconformity = await manager.RaiseOkAsync(department);
        var action = await manager.PlanOkAsync(nonconformity.Id, clocked.Clock.GetUtcNow().AddHours(1));
        await manager.ActOkAsync(action.Id, "start");

        clocked.Clock.Advance(TimeSpan.FromMinutes(59));
        await clocked.ScanOverdueAsync();
        Assert.False((await ReadAsync(manager, nonconformity.Id)).Overdue);

        clocked.Clock.Advance(TimeSpan.FromMinutes(2));
        await clocked.ScanOverdueAsync();
        await clocked.ScanOverdueAsync();

        var read = await ReadAsync(manager, nonconformity.Id);
        Assert.True(read.Overdue);
        Assert.NotNull(read.OverdueFlaggedAt);
        var overdueList = await manager.GetOkAsync<PagedResult<CorrectiveActionResponse>>(
            $"/api/audits/corrective-actions?departmentCode={department}&overdue=true");
        Assert.Equal([action.Id], overdueList.Items.Select(a => a.Id));

        var overdue = Assert.Single(await probe.ExactlyAsync<CorrectiveActionOverdue>(e => e.CorrectiveActionId == action.Id, Within));
        Assert.Equal((department, nonconformity.Id, "owner-li", action.DueAt),
            (overdue.DepartmentCode, overdue.NonconformityId, overdue.OwnerId, overdue.DueAt));

        var late = await manager.ActOkAsync(action.Id, "complete", new { evidence = "late but done" });
        Assert.Equal((false, false), (late.OnTime, late.Overdue));
    }

    private static async Task<CorrectiveActionResponse> ReadAsync(HttpClient client, Guid nonconformityId) =>
        Assert.Single((await client.GetOkAsync<NonconformityResponse>($"/api/audits/nonconformities/{nonconformityId}")).Actions!);
}
