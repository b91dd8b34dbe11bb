using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ServiceExcellence.Gateway.Tests.Support;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class ApiDocsTests(GatewayInfrastructure infrastructure)
{
    [Fact]
    public async Task The_api_ui_lists_the_gateway_and_every_service_document()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        using var client = gateway.CreateClient();

        using var page = await client.GetAsync("/docs/index.html");
        var config = await client.GetStringAsync("/docs/index.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", Assert.Single(page.Headers.GetValues("Content-Security-Policy")));
        foreach (var document in new[] { "/openapi/gateway/v1.json", "/openapi/goals.json", "/openapi/feedback.json", "/openapi/audits.json", "/openapi/reporting.json" })
        {
            Assert.Contains(document, config);
        }
    }

    [Fact]
    public async Task A_service_document_is_fetched_from_the_service_through_the_gateway()
    {
        await using var upstream = await UpstreamServer.StartAsync(context => context.Request.Path == "/openapi/v1.json"
            ? context.Response.WriteAsJsonAsync(new { openapi = "3.1.1", info = new { title = "Feedback" } })
            : Task.CompletedTask);
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["feedback"] = upstream.Address });
        using var client = gateway.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/feedback.json");
        using var unknown = await client.GetAsync("/openapi/nobody.json");

        Assert.Equal("Feedback", document.GetProperty("info").GetProperty("title").GetString());
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, CancellationToken.None);
    }

    [Fact]
    public async Task The_gateway_document_describes_the_key_routes_and_both_credentials()
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());

        var document = await gateway.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/gateway/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/gateway/api-keys", out _));
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.Equal("/", document.GetProperty("servers")[0].GetProperty("url").GetString());
    }
}
