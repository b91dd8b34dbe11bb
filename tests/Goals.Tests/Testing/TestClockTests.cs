using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Goals.Api.Alerts;
using ServiceExcellence.Goals.Api.Testing;
using ServiceExcellence.Goals.Domain.Alerts;
using ServiceExcellence.Goals.Tests.Goals;
using ServiceExcellence.Goals.Tracking;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Testing;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Goals.Tests.Testing;

/// <summary>The opt-in test clock: absent by default; when enabled, an admin moves Goals' "now" and the contingency clock follows.</summary>
[Collection(GoalsServiceCollection.Name)]
public sealed class TestClockTests(GoalsService service)
{
    private const string Route = "/api/goals/testing/clock/advance";
    private static readonly string EnabledKey = TestClock.EnabledKeyOf(TestClockEndpoints.Service);

    [Fact]
    public Task Without_the_setting_the_clock_route_does_not_exist_and_the_service_runs_on_the_system_clock() =>
        TestClockChecks.AssertAbsentAsync(service.Factory, Route);

    [Fact]
    public async Task With_the_setting_an_admin_advances_the_clock_and_an_unacknowledged_critical_alert_escalates_to_the_parent()
    {
        await using var reporting = await ReportingStub.StartNewAsync();
        await using var factory = service.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting(EnabledKey, "true");
            builder.UseSetting($"{TrackingOptions.Section}:Interval", "01:00:00");
            builder.UseSetting("services:reporting:http:0", reporting.Url);
        });
        var admin = service.Factory.CreateClientOf(factory, "e2e-admin", [Roles.Admin]);
        var (parent, _) = await GoalCalls.DepartmentWithOwnerAsync(admin);
        var (code, owner) = await GoalCalls.DepartmentWithOwnerAsync(admin, parent);
        var goal = await admin.CreateOkAsync(GoalCalls.Body(code, owner, b => b["periodStart"] = $"{DateTime.UtcNow.Year}-01-01"));
        reporting.Set("csat", code, 70);
        (await admin.PostAsync($"/api/goals/{goal.Id}/refresh", null)).EnsureSuccessStatusCode();
        Assert.IsType<AdjustableClock>(factory.Services.GetRequiredService<TimeProvider>());

        var advanced = await admin.PostAsJsonAsync(Route, new { hours = 4.1 });

        Assert.Equal(HttpStatusCode.OK, advanced.StatusCode);
        var body = await advanced.Content.ReadFromJsonAsync<JsonElement>(JsonDefaults.Options);
        Assert.True(body.GetProperty("escalated").GetInt32() >= 1);
        var alert = Assert.Single((await (await admin.GetAsync($"/api/goals/alerts?departmentCode={code}"))
            .ReadAsync<PagedResult<AlertResponse>>(HttpStatusCode.OK)).Items);
        Assert.Equal((AlertSeverity.Critical, true, parent), (alert.Severity, alert.Escalated, alert.EscalatedTo));
    }

    [Fact]
    public Task Only_an_admin_may_move_the_test_clock_and_only_forward() =>
        TestClockChecks.AssertOnlyAnAdminMovesItForwardAsync(service.Factory, TestClockEndpoints.Service, Route);
}
