using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Gateway.Tests.Support;
using Yarp.ReverseProxy;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class ProxyConfigurationTests(GatewayInfrastructure infrastructure)
{
    [Fact]
    public async Task A_destination_without_a_services_entry_is_reached_at_its_written_address()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri>(),
            new Dictionary<string, string?> { ["ReverseProxy:Clusters:goals:Destinations:goals:Address"] = inspect.Address.ToString() });
        using var client = gateway.CreateClient();

        var seen = await client.GetFromJsonAsync<InspectedRequest>("/api/goals/1", timeout.Token);

        Assert.Equal("/api/goals/1", seen!.Path);
    }

    [Fact]
    public async Task A_service_that_moves_is_reached_at_its_new_address_once_configuration_reloads()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var before = await Upstreams.InspectAsync("before");
        await using var after = await Upstreams.InspectAsync("after");
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri> { ["goals"] = before.Address });
        using var client = gateway.CreateClient();
        var first = await client.GetFromJsonAsync<InspectedRequest>("/api/goals/1", timeout.Token);

        var configuration = (IConfigurationRoot)gateway.Services.GetRequiredService<IConfiguration>();
        configuration["services:goals:http:0"] = after.Address.ToString();
        configuration.Reload();

        // Service discovery and YARP pick the change up in the background.
        var seen = first!.Service;
        while (seen != "after")
        {
            await Task.Delay(50, timeout.Token);
            seen = (await client.GetFromJsonAsync<InspectedRequest>("/api/goals/1", timeout.Token))!.Service;
        }

        Assert.Equal("before", first.Service);
    }

    [Fact]
    public async Task Clusters_and_routes_that_set_nothing_get_the_gateway_forwarding_defaults()
    {
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri>(),
            new Dictionary<string, string?>
            {
                ["Gateway:Forwarding:ActivityTimeout"] = "00:00:07",
                ["Gateway:Forwarding:MaxRequestBodySize"] = "1234",
                ["ReverseProxy:Routes:extra:ClusterId"] = "extra",
                ["ReverseProxy:Routes:extra:Match:Path"] = "/api/extra/{**catch-all}",
                ["ReverseProxy:Clusters:extra:Destinations:extra:Address"] = "http://extra",
            });
        gateway.CreateClient().Dispose();
        var proxy = gateway.Services.GetRequiredService<IProxyStateLookup>();

        Assert.True(proxy.TryGetCluster("extra", out var extra));
        Assert.True(proxy.TryGetCluster("reporting", out var reporting));
        Assert.True(proxy.TryGetRoute("extra", out var extraRoute));
        Assert.True(proxy.TryGetRoute("feedback-batch", out var batchRoute));
        Assert.Equal(TimeSpan.FromSeconds(7), extra.Model.Config.HttpRequest?.ActivityTimeout);
        Assert.Equal(HttpVersion.Version11, extra.Model.Config.HttpRequest?.Version);
        Assert.Equal(TimeSpan.FromSeconds(30), reporting.Model.Config.HttpRequest?.ActivityTimeout);
        Assert.Equal(1234, extraRoute.Config.MaxRequestBodySize);
        Assert.Equal(8 * 1024 * 1024, batchRoute.Config.MaxRequestBodySize);
    }

    [Fact]
    public async Task The_gateway_does_not_start_with_a_route_to_an_unknown_cluster_and_names_both()
    {
        var error = await GatewayFactory.StartFailureAsync(infrastructure, new Dictionary<string, string?>
        {
            ["ReverseProxy:Routes:a:ClusterId"] = "nowhere",
            ["ReverseProxy:Routes:a:Match:Path"] = "/api/a/{**catch-all}",
        });

        Assert.Contains("Route 'a' refers to unknown cluster 'nowhere'", error);
    }

    [Fact]
    public async Task The_gateway_does_not_start_with_a_destination_address_that_is_not_a_uri_and_names_its_cluster()
    {
        var error = await GatewayFactory.StartFailureAsync(
            infrastructure, new Dictionary<string, string?> { ["ReverseProxy:Clusters:c:Destinations:d:Address"] = "not a uri" });

        Assert.Contains("cluster c", error);
    }

    [Fact]
    public async Task A_route_restricted_to_some_methods_refuses_the_others()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri> { ["audits"] = inspect.Address },
            new Dictionary<string, string?> { ["ReverseProxy:Routes:audits:Match:Methods:0"] = "GET" });
        using var client = gateway.CreateClient();

        using var get = await client.GetAsync("/api/audits", timeout.Token);
        using var post = await client.PostAsync("/api/audits", JsonContent.Create(new { }), timeout.Token);

        Assert.Equal(StatusCodes.Status200OK, (int)get.StatusCode);
        Assert.NotEqual(StatusCodes.Status200OK, (int)post.StatusCode);
    }
}
