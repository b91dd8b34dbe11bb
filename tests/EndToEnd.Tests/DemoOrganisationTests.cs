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
        var calendar = DemoCalendar.For(DemoCalendar.Today());

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

/// <summary>The demo's generated feedback, without a suite.</summary>
public sealed class DemoFeedbackTests
{
    private static readonly DemoCalendar Calendar = DemoCalendar.For(new DateOnly(2026, 11, 22));

    [Fact]
    public void The_same_seed_generates_the_same_feedback()
    {
        Assert.Equal(FeedbackGenerator.Generate(500, 7, Calendar), FeedbackGenerator.Generate(500, 7, Calendar));
    }

    [Fact]
    public void Generated_feedback_covers_every_channel_the_three_months_before_today_and_follows_each_story()
    {
        var entries = FeedbackGenerator.Generate(30_000, new DemoOptions().Seed, Calendar);

        Assert.Equal(FeedbackGenerator.Channels.Select(c => c.Channel).Order(), entries.Select(e => e.Channel).Distinct().Order());
        Assert.All(entries, e => Assert.InRange(e.OccurredAt, new DateTimeOffset(2026, 7, 31, 16, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 31, 16, 0, 0, TimeSpan.Zero)));
        Assert.All(entries, e => Assert.True(e.Nps is not null || e.Csat is not null || e.Ces is not null || e.Comment is not null));
        Assert.InRange(entries.Count(e => e.Comment is not null) / 30_000.0, 0.65, 0.75);
        Assert.True(Nps(entries, DemoCatalogue.Improving, 8) < Nps(entries, DemoCatalogue.Improving, 10));
        Assert.True(Nps(entries, DemoCatalogue.Troubled, 8) > Nps(entries, DemoCatalogue.Troubled, 10));
    }

    private static double Nps(IEnumerable<DemoFeedback> entries, string department, int month)
    {
        var answers = entries.Where(e => e.DepartmentCode == department && e.OccurredAt.ToOffset(DemoCalendar.Offset).Month == month && e.Nps is not null)
            .Select(e => e.Nps!.Value).ToList();
        return 100.0 * (answers.Count(n => n >= 9) - answers.Count(n => n <= 6)) / answers.Count;
    }
}
