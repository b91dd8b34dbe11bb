using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.ServiceDefaults.Resilience;

namespace ServiceExcellence.ServiceDefaults.Tests.Resilience;

public sealed class ServiceEndpointsTests
{
    [Fact]
    public void The_http_endpoint_is_read_from_the_services_section()
    {
        var configuration = Configuration(("services:reporting:http:0", "http://127.0.0.1:5104"));

        Assert.Equal(new Uri("http://127.0.0.1:5104/"), ServiceEndpoints.Resolve(configuration, "reporting"));
    }

    [Fact]
    public void The_https_endpoint_is_preferred_when_both_are_configured()
    {
        var configuration = Configuration(
            ("services:reporting:http:0", "http://127.0.0.1:5104"),
            ("services:reporting:https:0", "https://127.0.0.1:7104"));

        Assert.Equal(new Uri("https://127.0.0.1:7104/"), ServiceEndpoints.Resolve(configuration, "reporting"));
    }

    [Fact]
    public void A_base_path_keeps_its_last_segment_for_relative_requests()
    {
        var configuration = Configuration(("services:reporting:http:0", "http://127.0.0.1:5104/reporting"));

        var address = ServiceEndpoints.Resolve(configuration, "reporting");

        Assert.Equal(new Uri("http://127.0.0.1:5104/reporting/api/kpis"), new Uri(address, "api/kpis"));
    }

    [Fact]
    public void The_aspire_environment_variable_form_is_understood()
    {
        // A name of its own, so no other test can see or race on this process-wide variable.
        var service = $"svc{Guid.NewGuid():N}";
        var variable = $"services__{service}__http__0";
        Environment.SetEnvironmentVariable(variable, "http://127.0.0.1:5104");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();

            Assert.Equal(new Uri("http://127.0.0.1:5104/"), ServiceEndpoints.Resolve(configuration, service));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void A_missing_endpoint_fails_with_an_error_naming_the_keys_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ServiceEndpoints.Resolve(Configuration(), "goals"));

        Assert.Contains("services:goals:http:0", error.Message, StringComparison.Ordinal);
        Assert.Contains("services:goals:https:0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_endpoint_fails_with_an_error_naming_the_key_and_value()
    {
        var configuration = Configuration(("services:goals:http:0", "127.0.0.1:5101"));

        var error = Assert.Throws<InvalidOperationException>(() => ServiceEndpoints.Resolve(configuration, "goals"));

        Assert.Contains("services:goals:http:0", error.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:5101", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_client_without_a_configured_endpoint_fails_on_creation_naming_the_key()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(Configuration());
        services.AddServiceClient<UpstreamClient>("audits");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<UpstreamClient>());

        Assert.Contains("services:audits:http:0", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
}
