using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ServiceExcellence.Testing;
using Xunit.Abstractions;
using static ServiceExcellence.EndToEnd.Tests.ManagementCycle.GatewayCalls;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>
/// What an operator sees in the dashboard's trace view, checked on what the processes export: one feedback entry is one
/// trace from the gateway through Feedback, its outbox and RabbitMQ to Reporting's consumer, and log records carry it.
/// </summary>
[Collection(GoalLoopSuiteCollection.Name)]
public sealed class TraceTests(GoalLoopSuite suite, ITestOutputHelper output)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task One_feedback_entry_is_one_trace_from_the_gateway_through_the_outbox_and_the_broker_to_reportings_consumer()
    {
        var admin = await suite.ClientAsAsync("e2e-admin", ["admin"]);
        var department = await admin.RegisterAsync("traced", null);
        await admin.WaitUntilKnownAsync("/api/feedback/departments", department);
        var agent = await suite.ClientAsAsync("e2e-agent", ["agent"], department);
        var trace = ActivityTraceId.CreateRandom();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback")
        {
            Content = JsonContent.Create(new { channel = "web", departmentCode = department, nps = 9, comment = "很好 Very good" }),
        };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        Assert.Equal(HttpStatusCode.Created, (await agent.SendAsync(request)).StatusCode);

        var spans = await UntilAsync(() => suite.Telemetry.Spans.Where(s => s.TraceId == trace.ToHexString()).ToList(),
            found => found.Any(s => s.Service == "reporting"));
        foreach (var span in spans.OrderBy(s => s.Service, StringComparer.Ordinal))
        {
            output.WriteLine($"{span.Service,-10} {span.Name}");
        }

        Assert.Contains(spans, s => s.Service == "gateway");
        Assert.Contains(spans, s => s.Service == "feedback" && s.Name == "outbox publish");
        Assert.Contains(spans, s => s.Service == "reporting");
        Assert.Contains(suite.Telemetry.Logs, record => record.TraceId == trace.ToHexString() && record.Service is "gateway" or "feedback" or "reporting");
    }

    private static async Task<List<OtlpReceiver.Exported>> UntilAsync(Func<List<OtlpReceiver.Exported>> read, Func<List<OtlpReceiver.Exported>, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var found = read();
            if (done(found) || clock.Elapsed > Within)
            {
                return found;
            }

            await Task.Delay(250);
        }
    }
}
