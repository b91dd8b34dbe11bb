using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Feedback.Tests.Intake;

/// <summary>
/// An entry is one trace from the request to the consumer, across the outbox. The service's own tracer provider samples
/// ASP.NET Core, the outbox and MassTransit in this process, the test's consumer bus included.
/// </summary>
[Collection(FeedbackServiceCollection.Name)]
public sealed class IntakeTraceTests(FeedbackService service) : IAsyncLifetime
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);
    private readonly ConcurrentDictionary<Guid, ActivityTraceId?> consumedIn = new();
    private IBusControl consumer = null!;

    [Fact]
    public async Task A_single_entry_and_a_batch_entry_are_consumed_in_the_trace_of_the_request_that_submitted_them()
    {
        var department = await service.Factory.Services.AddKnownDepartmentAsync<FeedbackDbContext>(Unique.DepartmentCode("trace"));
        var client = service.Factory.CreateClientAs("cti", [Roles.Intake], department);
        var singleTrace = ActivityTraceId.CreateRandom();
        var batchTrace = ActivityTraceId.CreateRandom();

        var single = await PostAsync(client, "/api/feedback", singleTrace, new { channel = "web", departmentCode = department, nps = 9 });
        var batch = await PostAsync(client, "/api/feedback/batch", batchTrace,
            new { entries = new[] { new { channel = "call-centre", departmentCode = department, nps = 7 } } });

        var singleId = single.GetProperty("id").GetGuid();
        var batchId = batch.GetProperty("ids")[0].GetProperty("id").GetGuid();
        Assert.Equal(singleTrace, await ConsumedTraceAsync(singleId));
        Assert.Equal(batchTrace, await ConsumedTraceAsync(batchId));
    }

    public async Task InitializeAsync()
    {
        consumer = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(service.Infrastructure.ConnectionStrings["rabbitmq"]));
            rabbit.ReceiveEndpoint($"test-trace-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<FeedbackReceived>(context =>
                {
                    consumedIn[context.Message.FeedbackId] = Activity.Current?.TraceId;
                    return Task.CompletedTask;
                });
            });
        });
        await consumer.StartAsync(new CancellationTokenSource(Within).Token);
    }

    public Task DisposeAsync() => consumer.StopAsync();

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, ActivityTraceId traceId, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<ActivityTraceId?> ConsumedTraceAsync(Guid feedbackId) =>
        Eventually.MatchAsync(() => Task.FromResult(consumedIn.GetValueOrDefault(feedbackId)), _ => consumedIn.ContainsKey(feedbackId),
            Within, $"FeedbackReceived of {feedbackId} consumed");
}
