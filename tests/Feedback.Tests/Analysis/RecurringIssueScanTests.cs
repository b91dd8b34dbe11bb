using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Feedback.Analysis;
using ServiceExcellence.Feedback.Analysis.RecurringIssues;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Analysis;

[Collection(FeedbackServiceCollection.Name)]
public sealed class RecurringIssueScanTests(FeedbackService service)
{
    // Far from the real clock, so the service's own background scan never sees these entries.
    private readonly ManualClock _clock = new(new DateTimeOffset(2031, 3, 20, 10, 0, 0, TimeSpan.Zero));

    /// <summary>The default calendar (Asia/Shanghai) on the test's clock, as the service builds it.</summary>
    private OrganisationCalendar Calendar => OrganisationCalendar.For(null, _clock);

    private static readonly string[] RecentComplaints =
    [
        "排队等了一个多小时", "Waited on hold for 40 minutes", "等候时间太长了", "The queue was out of the door",
        "叫号叫了半天", "Waiting time is ridiculous",
    ];

    [Fact]
    public async Task A_topic_whose_share_of_negative_feedback_doubled_is_raised_once_through_the_broker()
    {
        var code = await service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("branch"));
        await SeedAsync(code);
        await using var probe = await BrokerProbe.StartAsync(
            service.Infrastructure.ConnectionStrings["rabbitmq"], (e, p) => p.Observe<RecurringIssueDetected>(e));
        var scanner = new RecurringIssueScanner(service.Factory.Services.GetRequiredService<IServiceScopeFactory>(), _clock,
            Calendar, Options.Create(new TextAnalysisOptions()), NullLogger<RecurringIssueScanner>.Instance);

        await scanner.ScanAsync(CancellationToken.None);
        var raised = await probe.WaitForAsync<RecurringIssueDetected>(
            e => e.DepartmentCode == code && e is { Kind: "topic", Key: "waiting-time" }, TimeSpan.FromSeconds(15));

        var issue = Assert.Single(raised);
        Assert.Equal(6, issue.RecentCount);
        Assert.Equal(0.6, issue.RecentShare);      // 6 of the 10 recent negatives
        Assert.Equal(0.05, issue.BaselineShare);   // 1 of the 20 baseline negatives
        Assert.Equal(new DateTimeOffset(2031, 3, 21, 0, 0, 0, TimeSpan.FromHours(8)), issue.WindowEnd); // the end of 20 March in Shanghai

        _clock.Advance(TimeSpan.FromHours(3));
        var again = await scanner.ScanDepartmentAsync(code, DetectionWindow.For(_clock.GetUtcNow(), Calendar), CancellationToken.None);
        await probe.QuietAsync();

        Assert.Equal(0, again);
        Assert.Single(probe.Received<RecurringIssueDetected>(), e => e.DepartmentCode == code && e.Key == "waiting-time");

        var current = await service.Factory.CreateClientAs("analyst", [Roles.Analyst])
            .GetFromJsonAsync<JsonElement>($"/api/feedback/recurring-issues?departmentCode={code}");
        Assert.Contains(current.GetProperty("items").EnumerateArray(), i => i.GetProperty("key").GetString() == "waiting-time"
            && i.GetProperty("kind").GetString() == "topic");
    }

    [Fact]
    public async Task Recurring_issues_are_refused_to_an_agent_and_to_a_manager_of_another_department()
    {
        var code = await service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode());

        var agent = await service.Factory.CreateClientAs("agent", [Roles.Agent], code).GetAsync($"/api/feedback/recurring-issues?departmentCode={code}");
        var outsider = await service.Factory.CreateClientAs("mgr", [Roles.Manager], "elsewhere").GetAsync($"/api/feedback/recurring-issues?departmentCode={code}");
        var missing = await service.Factory.CreateAdminClient().GetAsync("/api/feedback/recurring-issues");

        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    /// <summary>Baseline: 20 negatives, one about waiting. Recent week: 10 negatives, six about waiting.</summary>
    private async Task SeedAsync(string code)
    {
        var now = _clock.GetUtcNow();
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        for (var i = 0; i < 20; i++)
        {
            db.Add(Negative(code, now.AddDays(-10 - i), i == 0 ? "waiting-time" : "price", $"价格太贵了 {i}"));
        }

        for (var i = 0; i < 10; i++)
        {
            db.Add(i < 6
                ? Negative(code, now.AddHours(-12 * i - 1), "waiting-time", RecentComplaints[i])
                : Negative(code, now.AddHours(-12 * i - 1), "staff-attitude", $"Rude staff member number {i}"));
        }

        await db.SaveChangesAsync();
    }

    private static FeedbackEntry Negative(string code, DateTimeOffset at, string topic, string comment) =>
        FeedbackEntry.Record(Guid.CreateVersion7(), code, Channel.Web, at, at, null, null, 1, null, null, comment,
            new CommentAnalysis(-0.6, SentimentLabel.Negative, [topic]), null);
}
