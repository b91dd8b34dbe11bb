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
    }

    [Fact]
    public async Task A_log_line_written_while_a_request_is_served_carries_that_request_trace()
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback") { Content = JsonContent.Create(new { channel = "web" }) };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        // Without a token: the gateway refuses it and says so in its log.
        Assert.Equal(HttpStatusCode.Unauthorized, (await suite.AnonymousClient().SendAsync(request)).StatusCode);

        var logs = await UntilAsync(() => suite.Telemetry.Logs.Where(r => r.TraceId == trace.ToHexString()).ToList(), found => found.Count > 0);
        var line = Assert.Single(logs, r => r.Service == "gateway" && r.Name?.Contains("/api/feedback", StringComparison.Ordinal) == true);
        output.WriteLine($"{line.Service}: {line.Name}");
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
