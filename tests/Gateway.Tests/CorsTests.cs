using System.Net;
using ServiceExcellence.Gateway.Tests.Support;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class CorsTests(GatewayInfrastructure infrastructure)
{
    [Fact]
    public async Task A_preflight_from_an_origin_some_key_allows_is_answered_by_the_gateway_itself()
    {
        var (upstream, calls) = await Upstreams.CountingAsync();
        await using var _ = upstream;
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = upstream.Address });
        var origin = $"https://{Guid.NewGuid():N}.example.com";
        await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()], origin);

        using var response = await gateway.CreateClient().SendAsync(Preflight(origin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(origin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("X-Api-Key", response.Headers.GetValues("Access-Control-Allow-Headers").Single());
        Assert.Contains("Origin", response.Headers.Vary);
        Assert.Equal(0, calls.Count);
    }

    [Fact]
    public async Task A_preflight_from_an_origin_no_key_allows_is_refused_without_cors_headers()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());

        using var response = await gateway.CreateClient().SendAsync(Preflight("https://nobody-allows-this.example.org"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, CancellationToken.None);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_revoked_key_no_longer_opens_its_origins_to_preflights()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        using var admin = gateway.CreateAdminClient();
        var origin = $"https://{Guid.NewGuid():N}.example.com";
        var key = await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()], origin);
        using var before = await gateway.CreateClient().SendAsync(Preflight(origin));

        await TestKeys.RevokeAsync(admin, key.Id);
        using var after = await gateway.CreateClient().SendAsync(Preflight(origin));

        Assert.Equal(HttpStatusCode.NoContent, before.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/feedback");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, x-api-key");
        return request;
    }
}
