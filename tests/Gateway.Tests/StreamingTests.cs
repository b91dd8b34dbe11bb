using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using ServiceExcellence.Gateway.Tests.Support;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class StreamingTests(GatewayInfrastructure infrastructure)
{
    [Fact]
    public async Task A_five_megabyte_upload_streams_through_byte_for_byte()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var echo = await Upstreams.EchoAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = echo.Address });
        // Over Kestrel, whose own body limit (1 MB) the batch route's 8 MB must lift.
        gateway.UseKestrel(0);
        using var client = gateway.CreateClient();
        var upload = TestData.RandomBytes(TestData.FiveMegabytes, seed: 1);

        using var response = await client.PostAsync("/api/feedback/batch", new ByteArrayContent(upload), timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echoed = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        Assert.Equal(upload.Length, echoed.Length);
        Assert.Equal(TestData.Sha256(upload), TestData.Sha256(echoed));
    }

    [Fact]
    public async Task A_five_megabyte_download_streams_through_byte_for_byte()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var payload = TestData.RandomBytes(TestData.FiveMegabytes, seed: 2);
        await using var download = await Upstreams.DownloadAsync(payload);
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["reporting"] = download.Address });
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/reports/export?report=scorecard&format=csv", HttpCompletionOption.ResponseHeadersRead, timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        Assert.Equal(TestData.Sha256(payload), await TestData.Sha256Async(body, timeout.Token));
    }

    [Fact]
    public async Task The_response_reaches_the_client_before_the_upstream_has_finished_sending_it()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var clientGotFirstChunk = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var upstream = await UpstreamServer.StartAsync(async context =>
        {
            await context.Response.Body.WriteAsync("first;"u8.ToArray(), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            // A buffering gateway would never deliver "first;", so the client would never release this.
            await clientGotFirstChunk.Task.WaitAsync(context.RequestAborted);
            await context.Response.Body.WriteAsync("rest"u8.ToArray(), context.RequestAborted);
        });
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["reporting"] = upstream.Address });
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/reports/stream", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        var first = new byte[6];
        await body.ReadExactlyAsync(first, timeout.Token);
        clientGotFirstChunk.SetResult();
        var rest = await new StreamReader(body).ReadToEndAsync(timeout.Token);

        Assert.Equal("first;rest", System.Text.Encoding.ASCII.GetString(first) + rest);
    }

    [Fact]
    public async Task A_small_answer_sent_chunked_by_the_service_reaches_the_client_whole_with_its_length()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var upstream = await UpstreamServer.StartAsync(context =>
        {
            Upstreams.WriteWholeJson(context.Response, new { id = "0190f2c4", status = "received" });
            return Task.CompletedTask;
        });
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = upstream.Address });
        // Over Kestrel, so the framing seen is the one on the wire.
        gateway.UseKestrel(0);
        using var client = gateway.CreateClient();
        using var straight = new HttpClient { BaseAddress = upstream.Address };

        using var direct = await straight.PostAsync("/api/feedback", new StringContent("{}"), timeout.Token);
        using var response = await client.PostAsync("/api/feedback", new StringContent("{}"), timeout.Token);

        Assert.True(direct.Headers.TransferEncodingChunked, "the service itself answers chunked");
        var body = await response.Content.ReadAsStringAsync(timeout.Token);
        Assert.Equal("""{"id":"0190f2c4","status":"received"}""", body);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
    }

    [Fact]
    public async Task A_small_body_sent_chunked_by_the_client_reaches_the_service_whole_with_its_length()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = inspect.Address });
        gateway.UseKestrel(0);
        using var client = gateway.CreateClient();
        // JSON content has no length, so the client sends it chunked.
        using var content = JsonContent.Create(new { channel = "web", csat = 4 });

        using var response = await client.PostAsync("/api/feedback", content, timeout.Token);

        var seen = await response.Content.ReadFromJsonAsync<InspectedRequest>(timeout.Token);
        Assert.Equal("""{"channel":"web","csat":4}""", seen!.Body);
        Assert.Null(seen.Header("Transfer-Encoding"));
        Assert.Equal(seen.Body.Length.ToString(CultureInfo.InvariantCulture), seen.Header("Content-Length"));
    }

    [Fact]
    public async Task The_request_reaches_the_upstream_before_the_client_has_finished_sending_it()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var upstreamGotFirstChunk = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var upstream = await UpstreamServer.StartAsync(async context =>
        {
            var first = new byte[6];
            await context.Request.Body.ReadExactlyAsync(first, context.RequestAborted);
            upstreamGotFirstChunk.SetResult();
            var rest = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
            await context.Response.WriteAsync(System.Text.Encoding.ASCII.GetString(first) + rest, context.RequestAborted);
        });
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = upstream.Address });
        using var client = gateway.CreateClient();

        // A buffering gateway would wait for the whole body, which the client sends only once the upstream saw its start.
        using var content = new TwoPartContent("first;"u8.ToArray(), upstreamGotFirstChunk.Task, "rest"u8.ToArray());
        using var response = await client.PostAsync("/api/feedback", content, timeout.Token);

        Assert.Equal("first;rest", await response.Content.ReadAsStringAsync(timeout.Token));
    }

    [Fact]
    public async Task An_upload_over_the_configured_limit_is_refused_with_413_problem_details()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var echo = await Upstreams.EchoAsync();
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri> { ["feedback"] = echo.Address },
            new Dictionary<string, string?> { ["Gateway:Forwarding:MaxRequestBodySize"] = "1000" });
        // The limit is enforced by the server (Kestrel); the in-memory test server has none.
        gateway.UseKestrel(0);
        using var client = gateway.CreateClient();

        using var response = await client.PostAsync("/api/feedback", new ByteArrayContent(new byte[5000]), timeout.Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, timeout.Token);
    }

    /// <summary>Sends one part, waits for a signal, then sends the other: a client that streams its body.</summary>
    private sealed class TwoPartContent(byte[] first, Task proceed, byte[] second) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(first);
            await stream.FlushAsync();
            await proceed.WaitAsync(TimeSpan.FromSeconds(20));
            await stream.WriteAsync(second);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
