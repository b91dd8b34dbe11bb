using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.DemoData;
using Xunit.Abstractions;
using static ServiceExcellence.EndToEnd.Tests.ManagementCycle.GatewayCalls;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>Goals keeps answering while Reporting is down: KPIs show their last value as stale, and tracking resumes.</summary>
[Collection(RunningSuiteCollection.Name)]
public sealed class ReportingOutageTests(RunningSuite suite, ITestOutputHelper output)
{
    [Fact]
    public async Task With_reporting_stopped_refresh_answers_200_with_the_kpi_stale_and_recovers_when_reporting_is_back()
    {
        var admin = await suite.ClientAsAsync("e2e-admin", ["admin"]);
        var department = $"outage-{Guid.NewGuid().ToString("N")[..8]}";
        (await admin.PostAsJsonAsync("/api/organisation/departments", new { code = department, name = "停机 Outage" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/organisation/staff", new { id = "owner-" + department, name = "负责人 Owner", departmentCode = department }))
            .EnsureSuccessStatusCode();
        await admin.WaitUntilKnownAsync("/api/reports/departments", department);
        var year = DemoCalendar.Today().Year;
        var created = await admin.PostAsJsonAsync("/api/goals", new
        {
            title = "提升满意度 Raise CSAT", description = "CSAT to 90 %", category = "satisfaction", departmentCode = department,
            ownerId = "owner-" + department, strategyLink = "Strategy §2", periodStart = $"{year}-01-01", periodEnd = $"{year}-12-31",
            kpis = new[]
            {
                new
                {
                    metric = "csat", kind = "result", direction = "increase", unit = "%", baseline = 80, target = 90,
                    warningThreshold = 85, criticalThreshold = 80, cadence = "daily",
                },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var goalId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var before = Kpi(await admin.RefreshAsync(goalId));
        Assert.False(before.GetProperty("stale").GetBoolean());
        var lastSuccess = before.GetProperty("lastSuccessAt").GetDateTimeOffset();

        await suite.Host.StopResourceAsync("reporting");
        try
        {
            var clock = Stopwatch.StartNew();
            var during = Kpi(await admin.RefreshAsync(goalId));
            output.WriteLine($"refresh with Reporting stopped answered 200 in {clock.ElapsedMilliseconds} ms");
            Assert.True(during.GetProperty("stale").GetBoolean(), "the KPI should be marked stale while Reporting is down");
            Assert.Equal(lastSuccess, during.GetProperty("lastSuccessAt").GetDateTimeOffset());
        }
        finally
        {
            await suite.Host.StartResourceAsync("reporting");
        }

        // The circuit may still be open for its break duration; tracking resumes once it lets a call through.
        var recovered = Stopwatch.StartNew();
        JsonElement after;
        do
        {
            await Task.Delay(500);
            after = Kpi(await admin.RefreshAsync(goalId));
        }
        while (after.GetProperty("stale").GetBoolean() && recovered.Elapsed < TimeSpan.FromSeconds(60));

        output.WriteLine($"tracking resumed {recovered.Elapsed.TotalSeconds:F1} s after Reporting was started again");
        Assert.False(after.GetProperty("stale").GetBoolean(), "tracking should resume once Reporting is back");
        Assert.True(after.GetProperty("lastSuccessAt").GetDateTimeOffset() > lastSuccess);
    }

    private static JsonElement Kpi(JsonElement goal) => goal.GetProperty("kpis")[0];
}
