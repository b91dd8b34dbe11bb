using System.Net;
using ServiceExcellence.Gateway.Tests.Support;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class DeniedRequestLogTests(GatewayInfrastructure infrastructure)
{
    [Fact]
    public async Task A_refused_key_is_logged_with_what_and_why_and_the_correlation_id_but_never_the_key()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        const string presented = "sek_ThisIsASecretThatMustNeverBeLoggedAtAll0000";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback?token=also-secret");
        request.Headers.Add("X-Api-Key", presented);
        request.Headers.Add("X-Correlation-Id", "denied-key-test-1");

        using var response = await gateway.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var line = Assert.Single(gateway.Logs.Lines, l => l.Contains("Denied POST /api/feedback"));
        Assert.Contains("with 401", line);
        Assert.Contains("unknown or has been revoked", line);
        Assert.Contains("denied-key-test-1", line);
        Assert.All(gateway.Logs.Lines, l => Assert.DoesNotContain("ThisIsASecret", l));
        Assert.All(gateway.Logs.Lines, l => Assert.DoesNotContain("also-secret", l));
    }

    [Fact]
    public async Task A_rate_limited_request_is_logged_with_the_key_that_made_it()
    {
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri> { ["feedback"] = inspect.Address },
            new Dictionary<string, string?> { ["Gateway:RateLimits:IntakePerKey"] = "1", ["Gateway:RateLimits:Window"] = "1.00:00:00" });
        var key = await TestKeys.CreateAsync(gateway, [TestKeys.UniqueDepartment()]);
        using var intake = gateway.CreateClientWithKey(key.Key);

        (await intake.GetAsync("/api/feedback")).EnsureSuccessStatusCode();
        using var refused = await intake.GetAsync("/api/feedback");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var line = Assert.Single(gateway.Logs.Lines, l => l.Contains("Denied GET /api/feedback"));
        Assert.Contains($"api-key:{key.Id}", line);
        Assert.Contains("with 429", line);
        Assert.All(gateway.Logs.Lines, l => Assert.DoesNotContain(key.Key, l));
    }
}
