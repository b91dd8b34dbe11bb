using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Feedback.Api.Intake;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;
using StackExchange.Redis;

namespace ServiceExcellence.Feedback.Tests.Intake;

/// <summary>
/// A client retrying with its Idempotency-Key after Feedback died mid-request (the fault test kills it) must get a
/// definite answer, and never a second entry.
/// </summary>
[Collection(FeedbackServiceCollection.Name)]
public sealed class IntakeAfterCrashTests(FeedbackService service)
{
    [Fact]
    public async Task A_repeat_after_the_key_claim_lapsed_gets_the_entry_already_stored_not_a_second_one()
    {
        var department = await service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("fb"));
        var client = service.Factory.CreateClientAs("crash-cti", [Roles.Intake], department);
        var key = Guid.NewGuid().ToString();
        var customer = Guid.NewGuid().ToString("N");
        var body = new { channel = "call-centre", departmentCode = department, customerRef = customer, nps = 8 };
        var first = await PostAsync(client, key, body);
        // As if the process had died after the commit, before recording the answer: its claim lapses, the entry stays.
        await service.Factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase()
            .KeyDeleteAsync($"idempotency:crash-cti:{key}");

        var repeat = await PostAsync(client, key, body);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, repeat.Status);
        Assert.Equal(first.Body.GetProperty("id").GetGuid(), repeat.Body.GetProperty("id").GetGuid());
        await using var scope = service.Factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<FeedbackDbContext>().FeedbackEntries.CountAsync(e => e.CustomerRef == customer));
    }

    [Fact]
    public async Task A_key_claimed_by_a_request_that_never_finishes_is_free_again_after_its_lease()
    {
        var idempotency = service.Factory.Services.GetRequiredService<IdempotentRequests>();
        var key = Guid.NewGuid().ToString();
        var lease = TimeSpan.FromSeconds(1);
        // A request whose process died holding the claim: it neither finishes nor releases the key.
        var dead = new TaskCompletionSource<string>();
        _ = idempotency.RunOnceAsync("crash-test", key, "fingerprint", lease, _ => dead.Task, CancellationToken.None);
        await Task.Delay(100);
        var clock = Stopwatch.StartNew();

        var repeat = await idempotency.RunOnceAsync("crash-test", key, "fingerprint", lease, _ => Task.FromResult("stored by the repeat"), CancellationToken.None);

        Assert.Equal("stored by the repeat", repeat);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the repeat waited {clock.Elapsed.TotalSeconds:F1} s");
        dead.SetCanceled();
    }

    [Fact]
    public async Task A_batch_repeated_after_a_crash_left_its_claim_behind_gets_the_first_receipt_and_nothing_is_stored_twice()
    {
        var (client, subject, _, batch, customer) = await BatchClientAsync("crash-import");
        var key = Guid.NewGuid().ToString();
        var first = await PostAsync(client, key, batch, "/api/feedback/batch");
        // As if the process had died after the commit, before recording the answer: its claim is still "pending" in
        // Redis, for the claim lease, and lapses; the entries and the receipt stay in the database.
        var redis = service.Factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        var redisKey = $"idempotency:{subject}:{key}";
        var fingerprint = ((string)(await redis.StringGetAsync(redisKey))!).Split(':')[1];
        await redis.StringSetAsync(redisKey, "pending:" + fingerprint, TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        var repeat = await PostAsync(client, key, batch, "/api/feedback/batch");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, repeat.Status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the repeat waited {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(first.Body.GetProperty("ids").ToString(), repeat.Body.GetProperty("ids").ToString());
        Assert.Equal(first.Body.GetProperty("rejected").ToString(), repeat.Body.GetProperty("rejected").ToString());
        Assert.Equal(2, await CountAsync(customer));
    }

    [Fact]
    public async Task A_batch_key_reused_for_a_different_batch_is_refused_with_422_even_after_redis_forgot_it()
    {
        var (client, subject, department, batch, customer) = await BatchClientAsync("crash-reuse");
        var key = Guid.NewGuid().ToString();
        var first = await PostAsync(client, key, batch, "/api/feedback/batch");
        await service.Factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().KeyDeleteAsync($"idempotency:{subject}:{key}");
        var different = new { entries = new[] { new { channel = "survey-offline", departmentCode = department, csat = 1, customerRef = customer } } };

        var reuse = await PostAsync(client, key, different, "/api/feedback/batch");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reuse.Status);
        Assert.Contains(key, reuse.Body.GetProperty("detail").GetString());
        Assert.Equal(2, await CountAsync(customer));
    }

    [Fact]
    public async Task A_receipt_older_than_the_retention_answers_nothing_and_is_deleted_by_a_later_batch()
    {
        var (client, subject, _, batch, customer) = await BatchClientAsync("crash-retention");
        var key = Guid.NewGuid().ToString();
        await using (var scope = service.Factory.Services.CreateAsyncScope())
        {
            // A receipt under this very key from 25 hours ago, for a different request: past the retention, it no longer counts.
            var (storedKey, recordedAt) = ($"{subject}:{key}", DateTimeOffset.UtcNow.AddHours(-25));
            await scope.ServiceProvider.GetRequiredService<FeedbackDbContext>().Database.ExecuteSqlAsync($$"""
                INSERT INTO batch_receipts (key, fingerprint, receipt, recorded_at)
                VALUES ({{storedKey}}, 'old', '{"accepted":0,"rejected":[],"ids":[]}'::jsonb, {{recordedAt}})
                """);
        }

        var response = await PostAsync(client, key, batch, "/api/feedback/batch");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(2, response.Body.GetProperty("accepted").GetInt32()); // the entry with csat 9 is refused
        Assert.Equal(2, await CountAsync(customer));
        await using var check = service.Factory.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<FeedbackDbContext>().Set<StoredBatchReceipt>().AsNoTracking()
            .SingleAsync(r => r.Key == $"{subject}:{key}");
        Assert.NotEqual("old", stored.Fingerprint);
    }

    [Fact]
    public async Task Two_attempts_of_one_batch_that_run_at_once_store_it_once_and_both_answer_with_the_same_receipt()
    {
        var department = await service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("fb"));
        var customer = Guid.NewGuid().ToString("N");
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(SuiteClaims.Subject, "crash-race"), new Claim(SuiteClaims.Role, Roles.Intake), new Claim(SuiteClaims.Department, department)], "test"));
        FeedbackSubmission?[] entries =
        [
            new(Channel.SurveyOffline, department, customer, OccurredAt: null, Csat: 4, Nps: null, Ces: null, Comment: null, ServiceRef: null),
            new(Channel.SurveyOffline, department, customer, OccurredAt: null, Csat: 2, Nps: null, Ces: null, Comment: null, ServiceRef: null),
        ];
        // Both past Redis, as when the first attempt's claim lapsed while it still ran: only the database decides.
        var key = new BatchKey($"crash-race:{Guid.NewGuid()}", "race", "fingerprint");

        var receipts = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = service.Factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<FeedbackIntake>().SubmitBatchAsync(
                entries, user, scope.ServiceProvider.GetRequiredService<FeedbackDbContext>(), key, CancellationToken.None);
        }));

        Assert.Equal(receipts[0].Ids, receipts[1].Ids);
        Assert.Equal(2, receipts[0].Accepted);
        Assert.Equal(2, await CountAsync(customer));
    }

    private async Task<(HttpClient Client, string Subject, string Department, object Batch, string Customer)> BatchClientAsync(string subject)
    {
        var department = await service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("fb"));
        var customer = Guid.NewGuid().ToString("N");
        var batch = new
        {
            entries = new object[]
            {
                new { channel = "survey-offline", departmentCode = department, csat = 5, customerRef = customer },
                new { channel = "survey-offline", departmentCode = department, csat = 9, customerRef = customer },
                new { channel = "survey-offline", departmentCode = department, csat = 3, customerRef = customer },
            },
        };
        return (service.Factory.CreateClientAs(subject, [Roles.Intake], department), subject, department, batch, customer);
    }

    private async Task<int> CountAsync(string customer)
    {
        await using var scope = service.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedbackDbContext>().FeedbackEntries.CountAsync(e => e.CustomerRef == customer);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string key, object body, string path = "/api/feedback")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(IdempotentRequests.HeaderName, key);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
