using System.Diagnostics;
using System.Text.Json;
using ServiceExcellence.DemoData;
using Xunit.Abstractions;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>The demo organisation loaded through the gateway tells its story, and loading it again changes nothing.</summary>
[Collection(RunningSuiteCollection.Name)]
public sealed class DemoOrganisationTests(RunningSuite suite, ITestOutputHelper output)
{
    private static readonly DemoOptions Options = new() { FeedbackEntries = 3000 };

    [Fact]
    public async Task The_demo_organisation_tells_its_story_and_a_second_load_changes_no_count()
    {
        var clock = Stopwatch.StartNew();
        await DemoOrganisation.LoadAsync(suite.Host.GatewayUrl, Options, output.WriteLine, CancellationToken.None);
        using var api = await SuiteApi.SignInAsync(suite.Host.GatewayUrl, CancellationToken.None);
        var calendar = DemoCalendar.For(DateOnly.FromDateTime(DateTime.UtcNow));

        var known = (await api.GetAsync("/api/reports/departments", default)).EnumerateArray().Select(d => d.GetProperty("code").GetString());
        Assert.Empty(DemoCatalogue.Departments.Select(d => d.Code).Except(known));

        var firstMonth = await NpsAsync(api, DemoCatalogue.Improving, calendar.Months[0]);
        var lastMonth = await NpsAsync(api, DemoCatalogue.Improving, calendar.Months[2]);
        Assert.True(lastMonth > firstMonth, $"call-centre NPS {firstMonth} in {calendar.Months[0]}, {lastMonth} in {calendar.Months[2]}");

        var critical = await api.ListAsync($"/api/goals/alerts?departmentCode={DemoCatalogue.Troubled}&state=open&severity=critical", default);
        Assert.NotEmpty(critical);

        var complaints = await ListEveryDepartmentAsync(api, "/api/complaints");
        Assert.Empty(new[] { "open", "responded", "resolved", "closed" }.Except(complaints.Select(c => c.GetProperty("state").GetString())));
        Assert.Contains(complaints, c => c.GetProperty("reopenCount").GetInt32() > 0);
        var audits = await ListEveryDepartmentAsync(api, "/api/audits");
        Assert.Empty(new[] { "internal", "mystery-shopper", "self-assessment" }.Except(audits.Select(a => a.GetProperty("kind").GetString())));

        var before = await CountsAsync(api, calendar);
        var again = await DemoOrganisation.LoadAsync(suite.Host.GatewayUrl, Options, output.WriteLine, CancellationToken.None);
        var after = await CountsAsync(api, calendar);

        Assert.Equal(before, after);
        Assert.Equal(0, again.FeedbackSent + again.Complaints + again.AuditRecords + again.Goals + again.SurveyedDepartments);
        output.WriteLine($"both loads and every check in {clock.Elapsed.TotalSeconds:0.0} s; counts {before}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task<double> NpsAsync(SuiteApi api, string department, string month)
    {
        var scorecard = await api.GetAsync($"/api/reports/scorecards/{department}?period={month}", default);
        var nps = scorecard.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == "nps");
        return nps.GetProperty("actual").GetDouble();
    }

    private static async Task<List<JsonElement>> ListEveryDepartmentAsync(SuiteApi api, string route)
    {
        var all = new List<JsonElement>();
        foreach (var department in DemoCatalogue.TopLevel)
        {
            all.AddRange(await api.ListAsync($"{route}?departmentCode={department.Code}", default));
        }

        return all;
    }

    private static async Task<string> CountsAsync(SuiteApi api, DemoCalendar calendar)
    {
        var feedback = await FeedbackVolumeAsync(api, calendar);
        var complaints = (await ListEveryDepartmentAsync(api, "/api/complaints")).Count;
        var audits = (await ListEveryDepartmentAsync(api, "/api/audits")).Count;
        var nonconformities = (await ListEveryDepartmentAsync(api, "/api/audits/nonconformities")).Count;
        var goals = (await ListEveryDepartmentAsync(api, "/api/goals")).Count;
        var alerts = (await ListEveryDepartmentAsync(api, "/api/goals/alerts")).Count;
        return $"feedback {feedback}, complaints {complaints}, audits {audits}, nonconformities {nonconformities}, goals {goals}, alerts {alerts}";
    }

    private static async Task<long> FeedbackVolumeAsync(SuiteApi api, DemoCalendar calendar)
    {
        long total = 0;
        foreach (var department in DemoCatalogue.TopLevel)
        {
            total += (await api.MetricAsync("feedback-volume", department.Code, calendar, default)).SampleSize;
        }

        return total;
    }
}
