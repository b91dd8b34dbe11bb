using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using ServiceExcellence.Gateway.Tests.Support;
using Xunit.Abstractions;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class UpstreamFailureTests(GatewayInfrastructure infrastructure, ITestOutputHelper output)
{
    [Fact]
    public async Task An_unreachable_service_answers_502_problem_details_at_once()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["audits"] = ClosedPort.Address() });
        using var client = gateway.CreateClient();
        await WarmUpAsync(client, timeout.Token);

        var stopwatch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/audits?page=1", timeout.Token);
        stopwatch.Stop();

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway, timeout.Token);
        Assert.Equal("/api/audits", problem.GetProperty("instance").GetString());
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("'audits'", detail);
        Assert.Contains("may have been applied", detail);
        Assert.Contains("same Idempotency-Key is safe", detail);
        Assert.True(response.Headers.Contains("X-Correlation-Id"), "the gateway's own headers survive an upstream failure");
        output.WriteLine($"502 after {stopwatch.ElapsedMilliseconds} ms");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task A_service_that_does_not_answer_within_the_activity_timeout_answers_504_problem_details()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var slow = await Upstreams.SlowAsync(TimeSpan.FromSeconds(20));
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri> { ["reporting"] = slow.Address },
            new Dictionary<string, string?> { ["ReverseProxy:Clusters:reporting:HttpRequest:ActivityTimeout"] = "00:00:01" });
        using var client = gateway.CreateClient();
        await WarmUpAsync(client, timeout.Token);

        var stopwatch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/reports/scorecards?period=2026", timeout.Token);
        stopwatch.Stop();

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.GatewayTimeout, timeout.Token);
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("'reporting'", detail);
        Assert.Contains("may have been applied", detail);
        Assert.Contains("same Idempotency-Key is safe", detail);
        output.WriteLine($"504 after {stopwatch.ElapsedMilliseconds} ms (timeout 1000 ms)");
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(3));
    }

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/api/goalsx/1")]
    [InlineData("/api/gateway/unknown")]
    public async Task An_api_path_no_service_serves_answers_404_problem_details(string path)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync(path, timeout.Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, timeout.Token);
    }

    [Fact]
    public async Task A_client_that_gives_up_cancels_the_upstream_call()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var upstreamStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var upstreamSawAbort = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var slow = await Upstreams.SlowAsync(TimeSpan.FromSeconds(20), upstreamSawAbort, upstreamStarted);
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = slow.Address });
        using var client = gateway.CreateClient();

        // The client gives up once the service has the request, however long getting there took on a busy machine.
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        var call = client.GetAsync("/api/goals", giveUp.Token);
        await upstreamStarted.Task.WaitAsync(timeout.Token);
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        await upstreamSawAbort.Task.WaitAsync(TimeSpan.FromSeconds(5), timeout.Token);
    }

    [Fact]
    public async Task An_upstream_that_breaks_off_right_after_its_headers_answers_502_not_a_broken_200()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var upstream = await UpstreamServer.StartAsync(async context =>
        {
            context.Response.ContentLength = 1_000;
            await context.Response.StartAsync(context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            // Long enough for the gateway to have the headers before the connection breaks.
            await Task.Delay(200, context.RequestAborted);
            context.Abort();
        });
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = upstream.Address });
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/goals/1", timeout.Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway, timeout.Token);
        Assert.NotEqual(1_000, response.Content.Headers.ContentLength);
        Assert.True(response.Headers.Contains("X-Correlation-Id"), "the gateway's own headers survive an upstream failure");
    }

    [Fact]
    public async Task A_malformed_request_body_is_a_400_problem_not_a_gateway_failure()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var echo = await Upstreams.EchoAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = echo.Address });
        gateway.UseKestrel(0);
        using var client = gateway.CreateClient();
        using var connection = new TcpClient();
        await connection.ConnectAsync(client.BaseAddress!.Host, client.BaseAddress.Port, timeout.Token);
        await using var stream = connection.GetStream();

        // A chunked body whose second chunk size is not a number.
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            "POST /api/feedback HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
            "2\r\n{}\r\nzz\r\n"), timeout.Token);
        var answer = await new StreamReader(stream, Encoding.ASCII).ReadToEndAsync(timeout.Token);

        Assert.StartsWith("HTTP/1.1 400 ", answer);
        Assert.Contains("application/problem+json", answer);
        Assert.Contains("The request body could not be read.", answer);
    }

    [Fact]
    public async Task A_failure_after_the_response_has_started_breaks_the_client_connection()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var upstream = await UpstreamServer.StartAsync(async context =>
        {
            context.Response.ContentLength = 1_000_000;
            await context.Response.Body.WriteAsync(new byte[100_000], context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            context.Abort();
        });
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["reporting"] = upstream.Address });
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/reports/export", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);

        // Never a silently truncated 200: reading to the end must fail.
        await Assert.ThrowsAnyAsync<Exception>(() => body.CopyToAsync(Stream.Null, timeout.Token));
    }

    // The first request pays for JIT and routing start-up, which is not what these tests time.
    private static async Task WarmUpAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync("/alive", cancellationToken);
        Assert.Equal(StatusCodes.Status200OK, (int)response.StatusCode);
    }
}
