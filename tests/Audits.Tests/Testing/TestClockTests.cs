using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Audits.Api.Nonconformities;
using ServiceExcellence.Audits.Api.Testing;
using ServiceExcellence.Audits.CorrectiveActions;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Tests.Api;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Testing;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Audits.Tests.Testing;

/// <summary>The opt-in test clock: absent by default; when enabled, an admin moves Audits' "now" and its jobs run at the new time.</summary>
[Collection(AuditsServiceCollection.Name)]
public sealed class TestClockTests(AuditsService service)
{
    private const string Route = "/api/audits/testing/clock/advance";
    private static readonly string EnabledKey = TestClock.EnabledKeyOf(TestClockEndpoints.Service);

    [Fact]
    public Task Without_the_setting_the_audits_clock_route_does_not_exist_and_the_service_runs_on_the_system_clock() =>
        TestClockChecks.AssertAbsentAsync(service.Factory, Route);

    [Fact]
    public async Task With_the_setting_an_admin_advances_the_audits_clock_and_an_action_past_its_due_time_is_flagged_overdue_at_once()
    {
        // The instance's own job timer slowed to an hour, so that only the advance's scan can flag the action.
        await using var factory = service.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting(EnabledKey, "true");
            builder.UseSetting($"{CorrectiveActionJobOptions.Section}:Interval", "01:00:00");
        });
        var department = await service.Factory.Services.AddKnownDepartmentAsync<AuditsDbContext>(Unique.DepartmentCode("clock"));
        var manager = service.Factory.CreateClientOf(factory, "manager-" + department, [Roles.Manager], department);
        var nonconformity = await manager.RaiseOkAsync(department);
        var action = await manager.PlanOkAsync(nonconformity.Id, DateTimeOffset.UtcNow.AddHours(2));
        Assert.IsType<AdjustableClock>(factory.Services.GetRequiredService<TimeProvider>());

        var advanced = await service.Factory.CreateClientOf(factory, "admin-clock", [Roles.Admin]).PostAsJsonAsync(Route, new { hours = 3 });

        Assert.Equal(HttpStatusCode.OK, advanced.StatusCode);
        var body = await advanced.Content.ReadFromJsonAsync<JsonElement>(JsonDefaults.Options);
        Assert.True(body.GetProperty("overdue").GetInt32() >= 1);
        Assert.True(body.GetProperty("now").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(2.9));
        var flagged = Assert.Single((await manager.GetOkAsync<PagedResult<CorrectiveActionResponse>>(
            $"/api/audits/corrective-actions?departmentCode={department}")).Items);
        Assert.Equal((action.Id, true), (flagged.Id, flagged.Overdue));
        Assert.NotNull(flagged.OverdueFlaggedAt);
    }

    [Fact]
    public Task Only_an_admin_may_move_the_audits_clock_and_only_forward() =>
        TestClockChecks.AssertOnlyAnAdminMovesItForwardAsync(service.Factory, TestClockEndpoints.Service, Route);
}
