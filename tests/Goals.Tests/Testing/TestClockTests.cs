using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Goals.Api.Alerts;
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
    private static readonly string EnabledKey = TestClock.EnabledKeyOf("Goals");

    [Fact]
    public async Task Without_the_setting_the_clock_route_does_not_exist_and_the_service_runs_on_the_system_clock()
    {
        var response = await service.Factory.CreateAdminClient().PostAsJsonAsync(Route, new { hours = 4 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Same(TimeProvider.System, service.Factory.Services.GetRequiredService<TimeProvider>());
    }

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
        var admin = ClientOf(factory, "e2e-admin", [Roles.Admin]);
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
    public async Task Only_an_admin_may_move_the_test_clock_and_only_forward()
    {
        await using var factory = service.Factory.WithWebHostBuilder(builder => builder.UseSetting(EnabledKey, "true"));

        var manager = await ClientOf(factory, "mgr-clock", [Roles.Manager], "dept").PostAsJsonAsync(Route, new { hours = 1 });
        var backwards = await ClientOf(factory, "admin-clock", [Roles.Admin]).PostAsJsonAsync(Route, new { hours = -1 });

        await manager.AssertProblemAsync(HttpStatusCode.Forbidden);
        await backwards.AssertProblemAsync(HttpStatusCode.BadRequest, "hours");
    }

    private HttpClient ClientOf(WebApplicationFactory<Program> factory, string subject, string[] roles, params string[] departments)
    {
        var client = factory.CreateClient();
        var token = service.Factory.Services.GetRequiredService<TokenIssuer>().Issue(subject, roles, departments);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return client;
    }
}
