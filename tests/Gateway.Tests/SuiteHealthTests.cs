using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ServiceExcellence.Gateway.Tests.Support;

namespace ServiceExcellence.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class SuiteHealthTests(GatewayInfrastructure infrastructure)
{
    [Fact]
    public async Task Health_is_200_when_every_service_reports_healthy()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var upstream = await Upstreams.EchoAsync();
        await using var gateway = new GatewayFactory(infrastructure, GatewayFactory.AllServices.ToDictionary(s => s, _ => upstream.Address));
        using var client = gateway.CreateClient();
        await gateway.WaitUntilReadyAsync(timeout.Token);

        using var response = await client.GetAsync("/health", timeout.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await ReadAsync(response, timeout.Token);
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        foreach (var service in GatewayFactory.AllServices.Append("gateway"))
        {
            var entry = health.GetProperty("services").GetProperty(service);
            Assert.Equal("healthy", entry.GetProperty("status").GetString());
            Assert.True(entry.GetProperty("durationMs").GetInt64() >= 0);
        }
    }

    [Fact]
    public async Task Health_is_503_and_names_the_service_that_is_down()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var upstream = await Upstreams.EchoAsync();
        var services = GatewayFactory.AllServices.ToDictionary(s => s, _ => upstream.Address);
        services["audits"] = ClosedPort.Address();
        await using var gateway = new GatewayFactory(infrastructure, services);
        using var client = gateway.CreateClient();
        await gateway.WaitUntilReadyAsync(timeout.Token);

        using var response = await client.GetAsync("/health", timeout.Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var health = await ReadAsync(response, timeout.Token);
        Assert.Equal("unhealthy", health.GetProperty("status").GetString());
        var unhealthy = health.GetProperty("services").EnumerateObject()
            .Where(s => s.Value.GetProperty("status").GetString() == "unhealthy")
            .Select(s => s.Name);
        Assert.Equal(["audits"], unhealthy);
        Assert.False(string.IsNullOrEmpty(health.GetProperty("services").GetProperty("audits").GetProperty("error").GetString()));
    }

    [Fact]
    public async Task A_service_reporting_itself_unhealthy_makes_the_suite_unhealthy()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var healthy = await Upstreams.EchoAsync();
        await using var sick = await UpstreamServer.StartAsync(
            context => Task.CompletedTask,
            health: context =>
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            });
        var services = GatewayFactory.AllServices.ToDictionary(s => s, _ => healthy.Address);
        services["feedback"] = sick.Address;
        await using var gateway = new GatewayFactory(infrastructure, services);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/health", timeout.Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var feedback = (await ReadAsync(response, timeout.Token)).GetProperty("services").GetProperty("feedback");
        Assert.Equal("unhealthy", feedback.GetProperty("status").GetString());
        Assert.Contains("503", feedback.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_service_too_slow_to_report_counts_as_unhealthy_without_holding_up_the_answer()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var healthy = await Upstreams.EchoAsync();
        await using var hanging = await UpstreamServer.StartAsync(
            context => Task.CompletedTask,
            health: context => Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted));
        var services = GatewayFactory.AllServices.ToDictionary(s => s, _ => healthy.Address);
        services["reporting"] = hanging.Address;
        await using var gateway = new GatewayFactory(
            infrastructure,
            services,
            new Dictionary<string, string?> { ["ReverseProxy:Clusters:reporting:HealthCheck:Active:Timeout"] = "00:00:00.500" });
        using var client = gateway.CreateClient();

        var stopwatch = Stopwatch.StartNew();
        using var response = await client.GetAsync("/health", timeout.Token);
        stopwatch.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var reporting = (await ReadAsync(response, timeout.Token)).GetProperty("services").GetProperty("reporting");
        Assert.Equal("unhealthy", reporting.GetProperty("status").GetString());
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2.5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task The_gateway_is_alive_while_every_service_is_down()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>());
        using var client = gateway.CreateClient();

        using var alive = await client.GetAsync("/alive", timeout.Token);
        using var health = await client.GetAsync("/health", timeout.Token);

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return document.RootElement.Clone();
    }
}
