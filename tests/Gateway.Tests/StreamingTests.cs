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
    public async Task An_answer_with_a_length_reaches_the_client_with_that_length()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var payload = TestData.RandomBytes(200_000, seed: 4);
        await using var upstream = await UpstreamServer.StartAsync(context =>
        {
            context.Response.ContentLength = payload.Length;
            return context.Response.Body.WriteAsync(payload, context.RequestAborted).AsTask();
        });
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["reporting"] = upstream.Address });
        // Over Kestrel, so the framing seen is the one on the wire.
        gateway.UseKestrel(0);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/reports/export", timeout.Token);

        Assert.Equal(payload.Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.Equal(TestData.Sha256(payload), TestData.Sha256(await response.Content.ReadAsByteArrayAsync(timeout.Token)));
    }

    [Fact]
    public async Task A_body_sent_chunked_by_the_client_reaches_the_service_intact()
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
        Assert.Equal("application/json; charset=utf-8", seen.Header("Content-Type"));
    }

    [Fact]
    public async Task The_request_reaches_the_upstream_before_the_client_has_finished_sending_it()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        const int FirstPart = 256 * 1024;
        var upstreamGotFirstPart = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var upstream = await UpstreamServer.StartAsync(async context =>
        {
            // Half the first part is far more than a hop holds back (HttpClient keeps small writes until its buffer fills
            // or the body ends), so it can only be here while the client still holds the rest if the gateway streams.
            var buffer = new byte[64 * 1024];
            var received = 0L;
            int read;
            while (received < FirstPart / 2 && (read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                received += read;
            }

            upstreamGotFirstPart.SetResult();
            while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                received += read;
            }

            await context.Response.WriteAsync(received.ToString(CultureInfo.InvariantCulture), context.RequestAborted);
        });
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = upstream.Address });
        using var client = gateway.CreateClient();

        // A buffering gateway would wait for the whole body, which the client sends only once the upstream saw its start.
        using var content = new TwoPartContent(new byte[FirstPart], upstreamGotFirstPart.Task, "rest"u8.ToArray());
        using var response = await client.PostAsync("/api/feedback", content, timeout.Token);

        Assert.Equal($"{FirstPart + 4}", await response.Content.ReadAsStringAsync(timeout.Token));
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
