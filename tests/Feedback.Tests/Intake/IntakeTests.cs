using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Feedback.Analysis;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Intake;

[Collection(FeedbackServiceCollection.Name)]
public sealed class IntakeTests(FeedbackService service)
{
    [Fact]
    public async Task Submitting_feedback_answers_201_with_its_id_sentiment_and_topics()
    {
        var department = await NewDepartmentAsync();
        var client = service.Factory.CreateClientAs("widget", [Roles.Intake], department);

        var response = await client.PostAsJsonAsync("/api/feedback",
            new { channel = "web", departmentCode = department, csat = 2, nps = 3, comment = "等了很久，客服态度很差 waited forever" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(Guid.Empty, body.GetProperty("id").GetGuid());
        Assert.Equal("negative", body.GetProperty("sentiment").GetProperty("label").GetString());
        Assert.Contains(body.GetProperty("topics").EnumerateArray(), t => t.GetString() == "waiting-time");
    }

    [Fact]
    public async Task A_time_with_a_local_offset_is_stored_as_the_same_instant_singly_and_in_a_batch()
    {
        var department = await NewDepartmentAsync();
        var client = service.Factory.CreateClientAs("cti", [Roles.Intake], department);
        var shanghai = new DateTimeOffset(2026, 11, 1, 8, 30, 0, TimeSpan.FromHours(8));

        var single = await client.PostAsJsonAsync("/api/feedback", new { channel = "call-centre", departmentCode = department, nps = 9, occurredAt = shanghai });
        var batch = await client.PostAsJsonAsync("/api/feedback/batch",
            new { entries = new[] { new { channel = "call-centre", departmentCode = department, nps = 7, occurredAt = shanghai } } });

        Assert.Equal(HttpStatusCode.Created, single.StatusCode);
        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        Assert.Equal(1, (await batch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        var stored = await service.Factory.CreateAdminClient().GetFromJsonAsync<JsonElement>($"/api/feedback?departmentCode={department}");
        Assert.All(stored.GetProperty("items").EnumerateArray(),
            item => Assert.Equal(shanghai.UtcDateTime, item.GetProperty("occurredAt").GetDateTimeOffset().UtcDateTime));
    }

    [Fact]
    public async Task Every_field_of_a_single_entry_is_stored_as_submitted_and_as_analysed()
    {
        var department = await NewDepartmentAsync();
        var client = service.Factory.CreateClientAs("cti", [Roles.Intake], department);
        var at = new DateTimeOffset(2026, 11, 1, 8, 30, 0, TimeSpan.FromHours(8));

        var full = await PostWithKeyAsync(client, "every-field", new
        {
            channel = "call-centre", departmentCode = department, customerRef = "c-42", serviceRef = "ticket-7",
            csat = 2, nps = 3, ces = 6, comment = "  等了很久，客服态度很差 waited forever  ", occurredAt = at,
        });
        var bare = await client.PostAsJsonAsync("/api/feedback", new { channel = "web", departmentCode = department, nps = 10 });

        var receipt = await full.Content.ReadFromJsonAsync<JsonElement>();
        var bareId = (await bare.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var stored = await db.FeedbackEntries.AsNoTracking().SingleAsync(e => e.Id == receipt.GetProperty("id").GetGuid());
        Assert.Equal((department, Channel.CallCentre, at), (stored.DepartmentCode, stored.Channel, stored.OccurredAt));
        Assert.Equal(("c-42", "ticket-7"), (stored.CustomerRef, stored.ServiceRef));
        Assert.Equal((2, 3, 6), (stored.Csat, stored.Nps, stored.Ces));
        Assert.Equal("等了很久，客服态度很差 waited forever", stored.Comment);
        Assert.Equal(receipt.GetProperty("sentiment").GetProperty("score").GetDouble(), stored.SentimentScore);
        Assert.Equal(SentimentLabel.Negative, stored.SentimentLabel);
        Assert.Equal(receipt.GetProperty("topics").EnumerateArray().Select(t => t.GetString()), stored.Topics);
        Assert.Contains("waiting-time", stored.Topics);
        Assert.True(stored.Topics.Length >= 2, $"topics {string.Join(", ", stored.Topics)}: one row's topics travel as one text element");
        Assert.EndsWith(":every-field", stored.IdempotencyKey);

        var plain = await db.FeedbackEntries.AsNoTracking().SingleAsync(e => e.Id == bareId);
        Assert.Equal((Channel.Web, (int?)null, 10), (plain.Channel, plain.Csat, plain.Nps!.Value));
        Assert.Null(plain.Comment);
        Assert.Null(plain.SentimentScore);
        Assert.Null(plain.SentimentLabel);
        Assert.Empty(plain.Topics);
        Assert.Null(plain.IdempotencyKey);
    }

    [Fact]
    public async Task Twenty_concurrent_posts_with_one_idempotency_key_store_one_entry_and_return_identical_bodies()
    {
        var department = await NewDepartmentAsync();
        var client = service.Factory.CreateClientAs("cti", [Roles.Intake], department);
        var key = Guid.NewGuid().ToString();
        var customer = Guid.NewGuid().ToString("N");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback")
            {
                Content = JsonContent.Create(new { channel = "call-centre", departmentCode = department, customerRef = customer, nps = 9 }),
            };
            request.Headers.Add("Idempotency-Key", key);
            var response = await client.SendAsync(request);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Body).Distinct());
        Assert.Equal(1, await CountAsync(db => db.FeedbackEntries.CountAsync(e => e.CustomerRef == customer)));
    }

    [Fact]
    public async Task Reusing_an_idempotency_key_for_a_different_entry_is_refused_with_422()
    {
        var department = await NewDepartmentAsync();
        var client = service.Factory.CreateClientAs("cti", [Roles.Intake], department);
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKeyAsync(client, key, new { channel = "email", departmentCode = department, csat = 5 });
        var second = await PostWithKeyAsync(client, key, new { channel = "email", departmentCode = department, csat = 1 });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
    }

    [Fact]
    public async Task A_batch_of_1000_with_10_invalid_entries_stores_990_and_reports_the_10_by_index()
    {
        var department = await NewDepartmentAsync();
        var client = service.Factory.CreateClientAs("survey-import", [Roles.Intake], department);
        var batchRef = Guid.NewGuid().ToString("N")[..12];
        var invalid = new HashSet<int> { 0, 7, 99, 100, 250, 501, 502, 777, 998, 999 };
        var entries = Enumerable.Range(0, 1000).Select(i => invalid.Contains(i)
            ? (object)new { channel = "survey-offline", departmentCode = department, csat = 9, customerRef = $"{batchRef}-{i}" }
            : new { channel = "survey-offline", departmentCode = department, csat = 1 + i % 5, customerRef = $"{batchRef}-{i}" });

        var response = await client.PostAsJsonAsync("/api/feedback/batch", new { entries });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(990, body.GetProperty("accepted").GetInt32());
        var rejected = body.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal(invalid.Order(), rejected.Select(r => r.GetProperty("index").GetInt32()));
        Assert.All(rejected, r => Assert.True(r.GetProperty("errors").TryGetProperty("csat", out _)));
        Assert.Equal(990, await CountAsync(db => db.FeedbackEntries.CountAsync(e => e.CustomerRef!.StartsWith(batchRef))));
    }

    [Fact]
    public async Task A_batch_over_1000_entries_is_refused_whole()
    {
        var department = await NewDepartmentAsync();
        var client = service.Factory.CreateClientAs("survey-import", [Roles.Intake], department);
        var entries = Enumerable.Range(0, 1001).Select(_ => new { channel = "web", departmentCode = department, csat = 5 });

        var response = await client.PostAsJsonAsync("/api/feedback/batch", new { entries });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "entries");
    }

    [Theory]
    [InlineData("{\"channel\":\"web\",\"departmentCode\":\"$dept\",\"csat\":", "csat")]
    [InlineData("{\"channel\":\"web\",\"departmentCode\":\"$dept\",\"csat\":\"five\"}", "csat")]
    [InlineData("{\"channel\":\"web\",\"departmentCode\":\"$dept\",\"nps\":1e400}", "nps")]
    [InlineData("{\"channel\":\"fax\",\"departmentCode\":\"$dept\",\"csat\":3}", "channel")]
    [InlineData("{\"channel\":\"web\",\"departmentCode\":\"$dept\",\"csat\":6}", "csat")]
    [InlineData("{\"channel\":\"web\",\"departmentCode\":\"$dept\",\"nps\":-1}", "nps")]
    [InlineData("{\"channel\":\"web\",\"departmentCode\":\"$dept\",\"ces\":8}", "ces")]
    [InlineData("{\"channel\":\"web\",\"departmentCode\":\"$dept\"}", "comment")]
    [InlineData("{\"channel\":\"web\",\"departmentCode\":\"$dept\",\"comment\":\"$long\"}", "comment")]
    [InlineData("{\"channel\":\"web\",\"departmentCode\":\"$dept\",\"csat\":3,\"occurredAt\":\"2999-01-01T00:00:00Z\"}", "occurredAt")]
    [InlineData("{\"departmentCode\":\"$dept\",\"csat\":3}", "channel")]
    [InlineData("{\"channel\":\"web\",\"departmentCode\":\"no-such-department-x\",\"csat\":3}", "departmentCode")]
    [InlineData("{\"channel\":\"web\",\"departmentCode\":\"Not A Code\",\"csat\":3}", "departmentCode")]
    public async Task Bad_input_is_answered_with_400_naming_the_field(string json, string field)
    {
        var department = await NewDepartmentAsync();
        var client = service.Factory.CreateClientAs("admin", [Roles.Admin]);
        json = json.Replace("$dept", department).Replace("$long", new string('很', 4001));

        var response = await client.PostAsync("/api/feedback", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task An_intake_client_may_not_submit_for_another_department()
    {
        var mine = await NewDepartmentAsync();
        var theirs = await NewDepartmentAsync();
        var client = service.Factory.CreateClientAs("widget", [Roles.Intake], mine);

        var response = await client.PostAsJsonAsync("/api/feedback", new { channel = "web", departmentCode = theirs, csat = 4 });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_analyst_may_not_submit_feedback()
    {
        var department = await NewDepartmentAsync();
        var client = service.Factory.CreateClientAs("analyst", [Roles.Analyst]);

        var response = await client.PostAsJsonAsync("/api/feedback", new { channel = "web", departmentCode = department, csat = 4 });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task FeedbackReceived_reaches_the_broker_through_the_outbox_with_scores_sentiment_and_topics()
    {
        var department = await NewDepartmentAsync();
        await using var probe = await BrokerProbe.StartAsync(service.Infrastructure.ConnectionStrings["rabbitmq"], (e, p) => p.Observe<FeedbackReceived>(e));
        var client = service.Factory.CreateClientAs("cti", [Roles.Agent], department);

        var response = await client.PostAsJsonAsync("/api/feedback",
            new { channel = "phone-follow-up", departmentCode = department, csat = 5, nps = 10, ces = 2, comment = "非常满意，服务很专业" });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var received = (await probe.WaitForAsync<FeedbackReceived>(m => m.FeedbackId == id, TimeSpan.FromSeconds(10))).Single();
        Assert.Equal(("phone-follow-up", department, 5, 10, 2), (received.Channel, received.DepartmentCode, received.Csat, received.Nps, received.Ces));
        Assert.True(received.HasComment);
        Assert.Equal("positive", received.SentimentLabel);
        Assert.Contains("professionalism", received.Topics);
    }

    private Task<string> NewDepartmentAsync() =>
        service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("fb"));

    private static async Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private async Task<T> CountAsync<T>(Func<FeedbackDbContext, Task<T>> query)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>());
    }
}
