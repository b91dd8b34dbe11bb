using System.Net;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Reporting.Tests.Reports;

/// <summary>Who may read which report, and bad parameters answered with a 400 naming the field.</summary>
[Collection(ReportingServiceCollection.Name)]
public sealed class AccessAndValidationTests(ReportingService service)
{
    [Fact]
    public async Task A_manager_reads_their_department_and_the_ones_below_it_but_not_above_it_nor_the_organisation()
    {
        var parent = await service.AddDepartmentAsync(Unique.DepartmentCode("mgr-parent"));
        var child = await service.AddDepartmentAsync(Unique.DepartmentCode("mgr-child"), parentCode: parent);
        var manager = service.Factory.CreateClientAs("manager", [Roles.Manager], parent);
        var childManager = service.Factory.CreateClientAs("child-manager", [Roles.Manager], child);

        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/reports/metrics/nps?departmentCode={parent}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/reports/metrics/nps?departmentCode={child}")).StatusCode);
        await (await childManager.GetAsync($"/api/reports/metrics/nps?departmentCode={parent}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.GetAsync("/api/reports/metrics/nps")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.GetAsync("/api/reports/scorecards")).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Agents_auditors_and_intake_clients_may_read_no_report_while_analysts_read_the_organisation()
    {
        var department = await service.AddDepartmentAsync(Unique.DepartmentCode("roles"));
        foreach (var role in new[] { Roles.Agent, Roles.Auditor, Roles.Intake })
        {
            var client = service.Factory.CreateClientAs(role, [role], department);
            await (await client.GetAsync($"/api/reports/metrics/nps?departmentCode={department}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        Assert.Equal(HttpStatusCode.OK, (await service.Analyst().GetAsync("/api/reports/metrics/nps")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Factory.CreateClient().GetAsync("/api/reports/metrics/nps")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_metric_is_a_404_listing_the_known_keys()
    {
        var problem = await (await service.Analyst().GetAsync("/api/reports/metrics/happiness")).AssertProblemAsync(HttpStatusCode.NotFound, "metric");

        var keys = problem.GetProperty("errors").GetProperty("metric").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Contains("nps", keys);
        Assert.Contains("servqual-gap-empathy", keys);
        Assert.Contains("goal-attainment", keys);
    }

    [Theory]
    [InlineData("/api/reports/metrics/nps?from=2026-13-01", "from")]
    [InlineData("/api/reports/metrics/nps?to=yesterday", "to")]
    [InlineData("/api/reports/metrics/nps?from=2026-07-02&to=2026-07-01", "from")]
    [InlineData("/api/reports/metrics/nps?from=2020-01-01&to=2026-01-02", "to")]
    [InlineData("/api/reports/metrics/nps?period=2026-Q5", "period")]
    [InlineData("/api/reports/metrics/nps?period=2026-W54", "period")]
    [InlineData("/api/reports/metrics/nps?period=2026-07&from=2026-07-01", "period")]
    [InlineData("/api/reports/metrics/nps/series?granularity=year", "granularity")]
    [InlineData("/api/reports/metrics/nps?departmentCode=no-such-department", "departmentCode")]
    [InlineData("/api/reports/metrics/nps?includeSubDepartments=maybe", "includeSubDepartments")]
    [InlineData("/api/reports/export?report=metric&metric=nps&format=xlsx", "format")]
    [InlineData("/api/reports/export?report=pivot&format=csv", "report")]
    public async Task Bad_parameters_are_a_400_naming_the_field(string url, string field)
    {
        await (await service.Analyst().GetAsync(url)).AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Without_a_range_a_report_covers_the_current_month_to_date()
    {
        var json = await service.Analyst().GetJsonAsync("/api/reports/metrics/feedback-volume");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

        Assert.Equal(new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM-dd"), json.GetProperty("from").GetString());
        Assert.Equal(today.ToString("yyyy-MM-dd"), json.GetProperty("to").GetString());
    }
}
