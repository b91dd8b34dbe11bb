using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Feedback.Data;
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

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback") { Content = JsonContent.Create(body) };
        request.Headers.Add(IdempotentRequests.HeaderName, key);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
