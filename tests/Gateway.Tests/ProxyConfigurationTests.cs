using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ServiceExcellence.Gateway.Forwarding;
using ServiceExcellence.Gateway.Tests.Support;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class ProxyConfigurationTests(GatewayInfrastructure infrastructure)
{
    [Fact]
    public void A_logical_address_resolves_through_services_configuration()
    {
        var configuration = Configuration(new() { ["services:goals:http:0"] = "http://127.0.0.1:5101" });

        Assert.Equal(new Uri("http://127.0.0.1:5101"), ServiceAddressResolver.Resolve(configuration, new Uri("http://goals")));
        Assert.Equal(new Uri("http://127.0.0.1:5101/v2"), ServiceAddressResolver.Resolve(configuration, new Uri("http://goals/v2")));
    }

    [Fact]
    public void An_address_without_a_services_entry_is_used_as_written()
    {
        var configuration = Configuration(new() { ["services:goals:http:0"] = "http://127.0.0.1:5101" });

        Assert.Equal(new Uri("http://feedback:8080"), ServiceAddressResolver.Resolve(configuration, new Uri("http://feedback:8080")));
        Assert.Equal(new Uri("https://goals"), ServiceAddressResolver.Resolve(configuration, new Uri("https://goals")));
    }

    [Fact]
    public async Task A_destination_without_a_services_entry_is_reached_at_its_written_address()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var inspect = await Upstreams.InspectAsync();
        await using var gateway = new GatewayFactory(
            infrastructure,
            new Dictionary<string, Uri>(),
            new Dictionary<string, string?>
            {
                ["services:goals:http:0"] = "",
                ["ReverseProxy:Clusters:goals:Destinations:goals:Address"] = inspect.Address.ToString(),
            });
        using var client = gateway.CreateClient();

        var seen = await client.GetFromJsonAsync<InspectedRequest>("/api/goals/1", timeout.Token);

        Assert.Equal("/api/goals/1", seen!.Path);
    }

    [Fact]
    public void A_route_to_an_unknown_cluster_is_rejected_with_every_problem_named()
    {
        var configuration = Configuration(new()
        {
            ["ReverseProxy:Routes:a:ClusterId"] = "nowhere",
            ["ReverseProxy:Routes:a:Match:Path"] = "/api/a/{**catch-all}",
            ["ReverseProxy:Routes:b:ClusterId"] = "c",
            ["ReverseProxy:Clusters:c:Destinations:d:Address"] = "not a uri",
        });

        var error = Assert.Throws<InvalidOperationException>(() => ProxyConfigLoader.Load(configuration, new ForwardingOptions()));

        Assert.Contains("'nowhere'", error.Message);
        Assert.Contains("not a uri", error.Message);
    }

    [Fact]
    public void Route_and_cluster_settings_override_the_gateway_defaults()
    {
        var configuration = Configuration(new()
        {
            ["ReverseProxy:Routes:r:ClusterId"] = "c",
            ["ReverseProxy:Routes:r:Match:Path"] = "/api/r/{**catch-all}",
            ["ReverseProxy:Routes:r:Match:Methods:0"] = "POST",
            ["ReverseProxy:Routes:r:MaxRequestBodySize"] = "-1",
            ["ReverseProxy:Clusters:c:Destinations:d:Address"] = "http://c",
            ["ReverseProxy:Clusters:c:HttpRequest:ActivityTimeout"] = "00:00:07",
        });

        var route = Assert.Single(ProxyConfigLoader.Load(configuration, new ForwardingOptions()).Routes);

        Assert.Equal(["POST"], route.Methods);
        Assert.Null(route.MaxRequestBodySize);
        Assert.Equal(TimeSpan.FromSeconds(7), route.Cluster.ActivityTimeout);
    }

    [Fact]
    public void A_configuration_reload_replaces_the_snapshot_and_signals_the_change()
    {
        var configuration = Configuration(new()
        {
            ["ReverseProxy:Clusters:goals:Destinations:goals:Address"] = "http://goals",
            ["services:goals:http:0"] = "http://127.0.0.1:5101",
        });
        using var provider = new ProxyConfigProvider(
            configuration, Options.Create(new ForwardingOptions()), NullLogger<ProxyConfigProvider>.Instance);
        var changeToken = provider.GetChangeToken();

        configuration["services:goals:http:0"] = "http://127.0.0.1:5202";
        configuration.Reload();

        Assert.True(changeToken.HasChanged);
        Assert.Equal(new Uri("http://127.0.0.1:5202"), provider.Current.Clusters["goals"].Destinations[0].Address);
    }

    [Fact]
    public void An_invalid_reload_keeps_the_previous_snapshot()
    {
        var configuration = Configuration(new() { ["ReverseProxy:Clusters:goals:Destinations:goals:Address"] = "http://goals" });
        using var provider = new ProxyConfigProvider(
            configuration, Options.Create(new ForwardingOptions()), NullLogger<ProxyConfigProvider>.Instance);
        var before = provider.Current;

        configuration["ReverseProxy:Clusters:goals:Destinations:goals:Address"] = "ftp://goals";
        configuration.Reload();

        Assert.Same(before, provider.Current);
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

    private static IConfigurationRoot Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
