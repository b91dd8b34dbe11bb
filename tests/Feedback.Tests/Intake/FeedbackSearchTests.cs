using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Feedback.Analysis;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Intake;

[Collection(FeedbackServiceCollection.Name)]
public sealed class FeedbackSearchTests(FeedbackService service)
{
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_filter_narrows_the_results_and_they_come_newest_first()
    {
        var department = await SeedAsync(
            (Channel.Web, 0, SentimentLabel.Negative, ["waiting-time"]),
            (Channel.CallCentre, 1, SentimentLabel.Positive, ["staff-attitude"]),
            (Channel.Web, 2, SentimentLabel.Positive, ["waiting-time", "price"]),
            (Channel.Email, 3, SentimentLabel.Neutral, []));
        var manager = service.Factory.CreateClientAs("manager", [Roles.Manager], department);

        async Task<int[]> Days(string filter)
        {
            var page = await manager.GetFromJsonAsync<JsonElement>($"/api/feedback?departmentCode={department}{filter}");
            return page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("occurredAt").GetDateTimeOffset() - Monday).Days).ToArray();
        }

        Assert.Equal(new[] { 3, 2, 1, 0 }, await Days(""));
        Assert.Equal(new[] { 2, 0 }, await Days("&channel=web"));
        Assert.Equal(new[] { 1 }, await Days("&channel=call-centre"));
        Assert.Equal(new[] { 2, 1 }, await Days("&sentiment=positive"));
        Assert.Equal(new[] { 2, 0 }, await Days("&topic=waiting-time"));
        Assert.Equal(new[] { 2, 1 }, await Days($"&from={Monday.AddDays(1):O}&to={Monday.AddDays(3):O}".Replace("+", "%2B")));
        Assert.Equal(new[] { 2 }, await Days("&channel=web&sentiment=positive&topic=price"));
    }

    [Fact]
    public async Task Pages_carry_the_total_and_stay_in_order()
    {
        var department = await SeedAsync(Enumerable.Range(0, 5).Select(d => (Channel.Web, d, SentimentLabel.Neutral, Array.Empty<string>())).ToArray());
        var analyst = service.Factory.CreateClientAs("analyst", [Roles.Analyst]);

        var page = await analyst.GetFromJsonAsync<JsonElement>($"/api/feedback?departmentCode={department}&page=2&pageSize=2");

        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.False(page.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal([2, 1], page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("occurredAt").GetDateTimeOffset() - Monday).Days));
    }

    [Fact]
    public async Task An_agent_of_another_department_may_not_read_its_feedback()
    {
        var department = await SeedAsync((Channel.Web, 0, SentimentLabel.Neutral, []));
        var outsider = service.Factory.CreateClientAs("agent", [Roles.Agent], Unique.DepartmentCode("other"));

        var response = await outsider.GetAsync($"/api/feedback?departmentCode={department}");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_filter_value_is_a_400_naming_it()
    {
        var admin = service.Factory.CreateAdminClient();

        var response = await admin.GetAsync("/api/feedback?channel=fax");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "channel");
    }

    [Theory]
    [InlineData("/api/feedback?departmentCode=%00%01")]
    [InlineData("/api/complaints?departmentCode=%00%01")]
    [InlineData("/api/feedback/recurring-issues?departmentCode=%00%01")]
    [InlineData("/api/feedback/topics?departmentCode=Not%20A%20Code")]
    public async Task A_department_code_that_is_not_one_is_a_400_naming_it_never_a_500(string path)
    {
        var admin = service.Factory.CreateAdminClient();

        var response = await admin.GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "departmentCode");
    }

    [Fact]
    public async Task The_topic_filter_uses_array_containment_which_the_gin_index_serves()
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var topic = "price";

        var sql = db.FeedbackEntries.Where(e => e.Topics.Contains(topic)).ToQueryString();

        Assert.Contains("@>", sql);
    }

    private async Task<string> SeedAsync(params (Channel Channel, int Day, SentimentLabel Sentiment, string[] Topics)[] entries)
    {
        var department = await service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("search"));
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        foreach (var (channel, day, sentiment, topics) in entries)
        {
            var at = Monday.AddDays(day);
            db.FeedbackEntries.Add(FeedbackEntry.Record(Guid.CreateVersion7(at), department, channel, at, at, null, null, 3, null, null,
                "comment", new CommentAnalysis(0, sentiment, topics), null));
        }

        await db.SaveChangesAsync();
        return department;
    }
}
