using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.Gateway.Tests.Support;

namespace ServiceExcellence.Gateway.Tests;

/// <summary>A service on the gateway's machine is reached over the Unix domain socket the AppHost gives it (<c>services:&lt;name&gt;:unix:0</c>).</summary>
[Collection(GatewayCollection.Name)]
public sealed class LocalSocketTests(GatewayInfrastructure infrastructure)
{
    [Fact]
    public async Task A_service_with_a_local_socket_is_reached_through_it_over_http2_and_not_over_tcp()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var socket = NewSocketPath();
        await using var inspect = await Upstreams.InspectOnSocketAsync(socket, "feedback");
        // Its TCP address refuses every connection, so only the socket can answer.
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri> { ["feedback"] = ClosedPort.Address() },
            new Dictionary<string, string?> { ["services:feedback:unix:0"] = socket });
        gateway.UseKestrel(0); // so the framing seen is the one on the wire
        using var client = gateway.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/feedback/x?y=1", new { csat = 5 }, timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        var seen = JsonSerializer.Deserialize<InspectedRequest>(body, JsonSerializerOptions.Web);
        Assert.Equal(("feedback", "POST", "/api/feedback/x", "?y=1"), (seen!.Service, seen.Method, seen.Path, seen.Query));
        Assert.Equal("""{"csat":5}""", seen.Body);
        Assert.Equal("http", seen.Header("X-Forwarded-Proto"));
        Assert.Equal("HTTP/2", seen.Protocol);
    }

    [Fact]
    public async Task Concurrent_requests_and_a_five_megabyte_upload_pass_through_the_socket_intact()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var socket = NewSocketPath();
        await using var echo = await UpstreamServer.StartOnSocketAsync(socket, async context =>
        {
            context.Response.ContentType = "application/octet-stream";
            await context.Request.Body.CopyToAsync(context.Response.Body, context.RequestAborted);
        });
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri> { ["feedback"] = ClosedPort.Address() },
            new Dictionary<string, string?> { ["services:feedback:unix:0"] = socket, ["Gateway:RateLimits:Enabled"] = "false" });
        gateway.UseKestrel(0);
        using var client = gateway.CreateClient();
        var upload = TestData.RandomBytes(TestData.FiveMegabytes, seed: 3);

        // Many at once, each with its own body, multiplexed over the socket's HTTP/2 connections.
        var small = Enumerable.Range(0, 150).Select(async i =>
        {
            using var response = await client.PostAsync("/api/feedback", new StringContent($"entry {i}"), timeout.Token);
            return await response.Content.ReadAsStringAsync(timeout.Token);
        });
        using var large = await client.PostAsync("/api/feedback/batch", new ByteArrayContent(upload), timeout.Token);

        Assert.Equal(Enumerable.Range(0, 150).Select(i => $"entry {i}"), await Task.WhenAll(small));
        Assert.Equal(TestData.Sha256(upload), TestData.Sha256(await large.Content.ReadAsByteArrayAsync(timeout.Token)));
    }

    [Fact]
    public async Task Services_without_a_local_socket_are_still_reached_over_tcp_beside_one_that_has_one()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var socket = NewSocketPath();
        await using var feedback = await Upstreams.InspectOnSocketAsync(socket, "feedback");
        await using var goals = await Upstreams.InspectAsync("goals");
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri> { ["feedback"] = ClosedPort.Address(), ["goals"] = goals.Address },
            new Dictionary<string, string?> { ["services:feedback:unix:0"] = socket });
        using var client = gateway.CreateClient();

        var throughSocket = await client.GetFromJsonAsync<InspectedRequest>("/api/feedback/1", timeout.Token);
        var overTcp = await client.GetFromJsonAsync<InspectedRequest>("/api/goals/1", timeout.Token);

        Assert.Equal(("feedback", "goals"), (throughSocket!.Service, overTcp!.Service));
    }

    [Fact]
    public async Task A_local_socket_nobody_listens_on_is_answered_502_problem_details()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri> { ["feedback"] = ClosedPort.Address() },
            new Dictionary<string, string?> { ["services:feedback:unix:0"] = NewSocketPath() });
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/feedback/1", timeout.Token);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway, timeout.Token);
        Assert.Contains("feedback", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Suite_health_probes_a_service_over_its_local_socket()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var socket = NewSocketPath();
        await using var feedback = await Upstreams.InspectOnSocketAsync(socket, "feedback");
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri> { ["feedback"] = ClosedPort.Address() },
            new Dictionary<string, string?> { ["services:feedback:unix:0"] = socket });
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/health", timeout.Token);

        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token));
        var entry = health.RootElement.GetProperty("services").GetProperty("feedback");
        Assert.Equal("healthy", entry.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("run/feedback.sock")]
    [InlineData("/tmp/a-socket-path-longer-than-the-one-hundred-and-seven-bytes-that-a-unix-domain-socket-address-can-hold.sock")]
    public async Task The_gateway_does_not_start_with_a_socket_path_that_cannot_be_bound_and_names_its_key(string path)
    {
        var error = await GatewayFactory.StartFailureAsync(
            infrastructure, new Dictionary<string, string?> { ["services:feedback:unix:0"] = path });

        Assert.Contains($"services:feedback:unix:0 is '{path}'", error);
    }

    // Short, in the temp folder: a socket path may have at most 107 bytes.
    private static string NewSocketPath() => Path.Combine(Path.GetTempPath(), $"se-gw-{Guid.NewGuid():N}"[..18] + ".sock");
}
