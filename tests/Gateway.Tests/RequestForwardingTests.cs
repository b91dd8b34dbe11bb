using System.Net;
using System.Net.Http.Json;
using System.Text;
using ServiceExcellence.Gateway.Tests.Support;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class RequestForwardingTests(GatewayInfrastructure infrastructure)
{
    [Theory]
    [InlineData("GET", "/api/goals/0197a6f2-1c2d-7e3f-8a9b-0c1d2e3f4a5b/tree", "?depth=2")]
    [InlineData("PUT", "/api/goals/42", "?x=1&x=2&y=a%20b&z=%2F%3F")]
    [InlineData("DELETE", "/api/goals/a%2Fb/c", "")]
    [InlineData("PATCH", "/api/goals/with%20space", "?q=caf%C3%A9")]
    public async Task Method_path_and_query_reach_the_upstream_unchanged(string method, string path, string query)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = inspect.Address });
        using var client = gateway.CreateClient();

        using var request = new HttpRequestMessage(new HttpMethod(method), path + query);
        using var response = await client.SendAsync(request, timeout.Token);

        var seen = await response.Content.ReadFromJsonAsync<InspectedRequest>(timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((method, path, query), (seen!.Method, seen.Path, seen.Query));
    }

    [Fact]
    public async Task A_route_prefix_without_a_trailing_path_is_forwarded()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = inspect.Address });
        using var client = gateway.CreateClient();

        var seen = await client.GetFromJsonAsync<InspectedRequest>("/api/goals?x=1", timeout.Token);

        Assert.Equal(("/api/goals", "?x=1"), (seen!.Path, seen.Query));
    }

    [Theory]
    [InlineData("/api/organisation/departments", "goals")]
    [InlineData("/api/goals/alerts", "goals")]
    [InlineData("/api/feedback/recurring-issues", "feedback")]
    [InlineData("/api/complaints", "feedback")]
    [InlineData("/api/surveys/kano/1/results", "feedback")]
    [InlineData("/api/audits/nonconformities", "audits")]
    [InlineData("/api/reports/scorecards", "reporting")]
    public async Task Every_public_prefix_reaches_the_service_that_owns_it(string path, string service)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var upstreams = new Dictionary<string, UpstreamServer>();
        try
        {
            foreach (var name in GatewayFactory.AllServices)
            {
                upstreams[name] = await Upstreams.InspectAsync(name);
            }

            await using var gateway = new GatewayFactory(infrastructure, upstreams.ToDictionary(u => u.Key, u => u.Value.Address));
            using var client = gateway.CreateClient();

            var seen = await client.GetFromJsonAsync<InspectedRequest>(path, timeout.Token);

            Assert.Equal((service, path), (seen!.Service, seen.Path));
        }
        finally
        {
            foreach (var upstream in upstreams.Values)
            {
                await upstream.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Credentials_and_end_to_end_headers_are_forwarded()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = inspect.Address });
        using var client = gateway.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback")
        {
            Content = new StringContent("{\"channel\":\"web\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer not-checked-by-the-forwarder");
        request.Headers.Add("Idempotency-Key", "idem-456");
        request.Headers.Add("X-Correlation-Id", "corr-789");
        request.Headers.Add("Accept-Language", "fr-BE");
        using var response = await client.SendAsync(request, timeout.Token);

        var seen = await response.Content.ReadFromJsonAsync<InspectedRequest>(timeout.Token);
        Assert.Equal("Bearer not-checked-by-the-forwarder", seen!.Header("Authorization"));
        Assert.Equal("idem-456", seen.Header("Idempotency-Key"));
        Assert.Equal("corr-789", seen.Header("X-Correlation-Id"));
        Assert.Equal("fr-BE", seen.Header("Accept-Language"));
        Assert.Equal("application/json; charset=utf-8", seen.Header("Content-Type"));
        Assert.Equal("17", seen.Header("Content-Length"));
        Assert.Equal("{\"channel\":\"web\"}", seen.Body);
    }

    [Fact]
    public async Task Hop_by_hop_headers_are_dropped_and_the_upstream_gets_its_own_host()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = inspect.Address });
        using var client = gateway.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/goals");
        request.Headers.Connection.Add("X-Client-Hop");
        request.Headers.Add("X-Client-Hop", "must not pass");
        request.Headers.TryAddWithoutValidation("Keep-Alive", "timeout=5");
        request.Headers.TryAddWithoutValidation("Proxy-Authorization", "Basic c2VjcmV0");
        request.Headers.TryAddWithoutValidation("TE", "trailers");
        request.Headers.TryAddWithoutValidation("Trailer", "X-Checksum");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
        using var response = await client.SendAsync(request, timeout.Token);

        var seen = await response.Content.ReadFromJsonAsync<InspectedRequest>(timeout.Token);
        foreach (var header in new[] { "X-Client-Hop", "Keep-Alive", "Proxy-Authorization", "TE", "Trailer", "Upgrade", "Transfer-Encoding" })
        {
            Assert.Null(seen!.Header(header));
        }

        Assert.DoesNotContain("X-Client-Hop", seen!.Header("Connection") ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(inspect.Address.Authority, seen.Header("Host"));
    }

    [Fact]
    public async Task Hop_by_hop_headers_from_the_upstream_do_not_reach_the_client()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = inspect.Address });
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/goals", timeout.Token);

        Assert.False(response.Headers.Contains("X-Upstream-Hop"));
        Assert.Equal("passes", Assert.Single(response.Headers.GetValues("X-Upstream-Normal")));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_client_are_replaced_by_what_the_gateway_saw()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = inspect.Address });
        // Over real sockets, so the gateway sees a real client address.
        gateway.UseKestrel(0);
        using var client = gateway.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/goals");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "gopher");
        request.Headers.Add("X-Forwarded-Host", "spoofed.example");
        using var response = await client.SendAsync(request, timeout.Token);

        var seen = await response.Content.ReadFromJsonAsync<InspectedRequest>(timeout.Token);
        Assert.Equal("127.0.0.1", seen!.Header("X-Forwarded-For"));
        Assert.Equal("http", seen.Header("X-Forwarded-Proto"));
        Assert.Equal(client.BaseAddress!.Authority, seen.Header("X-Forwarded-Host"));
    }

    [Fact]
    public async Task A_header_value_with_non_ascii_characters_reaches_the_service_as_it_does_directly()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = inspect.Address });
        gateway.UseKestrel(0);
        var viaGateway = gateway.CreateClient().BaseAddress!;
        // A client that sends the value as UTF-8 bytes, as browsers and most HTTP libraries do.
        using var client = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 });

        var direct = await SendNoteAsync(client, new Uri(inspect.Address, "/api/goals"), timeout.Token);
        var forwarded = await SendNoteAsync(client, new Uri(viaGateway, "/api/goals"), timeout.Token);

        Assert.Equal("café", direct);
        Assert.Equal(direct, forwarded);
    }

    [Fact]
    public async Task Connect_is_refused_with_405_problem_details_and_never_reaches_a_service()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var (upstream, calls) = await Upstreams.CountingAsync();
        await using var _ = upstream;
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = upstream.Address });
        using var client = gateway.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Connect, "/api/goals/1");
        using var response = await client.SendAsync(request, timeout.Token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed, timeout.Token);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Equal(0, calls.Count);
    }

    private static async Task<string?> SendNoteAsync(HttpClient client, Uri address, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Add("X-Note", "café");
        using var response = await client.SendAsync(request, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<InspectedRequest>(cancellationToken))!.Header("X-Note");
    }
}
