using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Testing;

/// <summary>One service in process (its real Program) against the real infrastructure of the test run.</summary>
public sealed class ServiceFactory<TProgram>(SuiteInfrastructure infrastructure, string serviceName) : WebApplicationFactory<TProgram>
    where TProgram : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (name, value) in infrastructure.ConnectionStrings)
        {
            builder.UseSetting($"ConnectionStrings:{name}", value);
        }

        builder.UseSetting("Auth:SigningKeyPath", infrastructure.SigningKeyPath);
        builder.UseSetting("OTEL_SERVICE_NAME", serviceName);
    }

    /// <summary>A client whose requests carry a token for the given subject, roles and departments.</summary>
    public HttpClient CreateClientAs(string subject, string[] roles, params string[] departments) =>
        CreateClientOf(this, subject, roles, departments);

    /// <summary>
    /// A client of another instance (one made with <c>WithWebHostBuilder</c>) whose token this one issues: the same key,
    /// on the real clock whatever clock that instance runs on.
    /// </summary>
    public HttpClient CreateClientOf(WebApplicationFactory<TProgram> instance, string subject, string[] roles, params string[] departments)
    {
        var client = instance.CreateClient();
        var token = Services.GetRequiredService<TokenIssuer>().Issue(subject, roles, departments);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return client;
    }

    public HttpClient CreateAdminClient() => CreateClientAs("test-admin", [Roles.Admin]);
}
