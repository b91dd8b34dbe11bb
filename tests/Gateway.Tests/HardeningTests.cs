using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using ServiceExcellence.Gateway.Tests.Support;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class HardeningTests(GatewayInfrastructure infrastructure)
{
    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_no_server_banner_even_when_the_service_sends_one()
    {
        await using var upstream = await UpstreamServer.StartAsync(context =>
        {
            context.Response.Headers.Server = "Kestrel";
            context.Response.Headers["X-Powered-By"] = "hope";
            return context.Response.WriteAsync("{}", context.RequestAborted);
        });
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = upstream.Address });
        gateway.UseKestrel(0);
        using var client = gateway.CreateClient();

        foreach (var path in new[] { "/api/goals", "/api/nowhere", "/alive" })
        {
            using var response = await client.GetAsync(path);

            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Contains("default-src 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            Assert.False(response.Headers.Contains("Server"), $"{path} has a Server header");
            Assert.False(response.Headers.Contains("X-Powered-By"));
        }
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_with_413_problem_details()
    {
        await using var echo = await Upstreams.EchoAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = echo.Address });
        gateway.UseKestrel(0);
        using var client = gateway.CreateClient();
        // Refused on the declared length before the body is sent, so the 413 never races a closing connection.
        client.DefaultRequestHeaders.ExpectContinue = true;

        using var justUnder = await client.PostAsync("/api/feedback", new ByteArrayContent(new byte[1024 * 1024]));
        using var over = await client.PostAsync("/api/feedback", new ByteArrayContent(new byte[(1024 * 1024) + 1]));
        using var admin = gateway.CreateAdminClient();
        admin.DefaultRequestHeaders.ExpectContinue = true;
        using var adminOver = await admin.PostAsync(
            TestKeys.Route, new StringContent("{\"name\":\"" + new string('x', 1024 * 1024) + "\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, justUnder.StatusCode);
        await ProblemAssert.IsProblemAsync(over, HttpStatusCode.RequestEntityTooLarge, CancellationToken.None);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, adminOver.StatusCode);
        Assert.Equal("application/problem+json", adminOver.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Oversized_headers_are_refused_before_they_reach_a_service()
    {
        var (upstream, calls) = await Upstreams.CountingAsync();
        await using var _ = upstream;
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = upstream.Address });
        gateway.UseKestrel(0);
        using var client = gateway.CreateClient();
        using var huge = new HttpRequestMessage(HttpMethod.Get, "/api/goals");
        huge.Headers.Add("X-Filler", new string('a', 40 * 1024));
        using var many = new HttpRequestMessage(HttpMethod.Get, "/api/goals");
        for (var i = 0; i < 100; i++)
        {
            many.Headers.Add($"X-Filler-{i}", "a");
        }

        using var hugeResponse = await client.SendAsync(huge);
        using var manyResponse = await client.SendAsync(many);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, hugeResponse.StatusCode);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, manyResponse.StatusCode);
        Assert.Equal(0, calls.Count);
    }

    [Theory]
    [InlineData("/api/feedback?departmentCode=%00%01")]
    [InlineData("/api/feedback?x%00=1")]
    [InlineData("/api/feedback/a%0Ab")]
    public async Task Control_characters_in_the_path_or_query_are_a_bad_request_that_never_reaches_a_service(string url)
    {
        var (upstream, calls) = await Upstreams.CountingAsync();
        await using var _ = upstream;
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = upstream.Address });

        using var response = await gateway.CreateClient().GetAsync(url);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, CancellationToken.None);
        Assert.Equal(0, calls.Count);
    }

    [Fact]
    public async Task Every_request_gets_a_correlation_id_that_the_service_receives_too()
    {
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = inspect.Address });
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/goals");

        var id = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
        var seen = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<InspectedRequest>(response.Content);
        Assert.Equal(id, seen!.Header("X-Correlation-Id"));
    }

    [Fact]
    public async Task Forwarded_headers_from_a_configured_proxy_name_the_client()
    {
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri> { ["goals"] = inspect.Address },
            new Dictionary<string, string?> { ["Gateway:Hardening:TrustedProxies:0"] = "127.0.0.1" });
        gateway.UseKestrel(0);
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/goals");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request);

        var seen = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<InspectedRequest>(response.Content);
        Assert.Equal("203.0.113.7", seen!.Header("X-Forwarded-For"));
    }
}
