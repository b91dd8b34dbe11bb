using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Gateway.Tests.Support;

/// <summary>
/// The real gateway (its appsettings.json routes included) in Development against the real PostgreSQL and Redis of
/// the test run, with each service resolved the way the AppHost does it, through <c>services:&lt;name&gt;:http:0</c>.
/// Services not named point at a closed port. Each factory counts rate limits under its own Redis prefix unless the
/// settings name one (two instances that must share budgets pass the same).
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    public static readonly string[] AllServices = ["goals", "feedback", "audits", "reporting"];

    private readonly GatewayInfrastructure _infrastructure;
    private readonly IReadOnlyDictionary<string, Uri> _services;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <summary>What the gateway logged.</summary>
    public CapturedLogs Logs { get; } = new();

    public GatewayFactory(
        GatewayInfrastructure infrastructure, IReadOnlyDictionary<string, Uri> services, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _infrastructure = infrastructure;
        _services = services;
        _settings = settings ?? new Dictionary<string, string?>();

        // The client must show exactly what the gateway answered, and must not buffer request bodies (redirect support does).
        ClientOptions.AllowAutoRedirect = false;
        ClientOptions.HandleCookies = false;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (name, value) in _infrastructure.ConnectionStrings)
        {
            builder.UseSetting($"ConnectionStrings:{name}", value);
        }

        builder.UseSetting("Auth:SigningKeyPath", _infrastructure.SigningKeyPath);
        builder.UseSetting("Gateway:RateLimits:KeyPrefix", $"test:{Guid.NewGuid():N}:");
        foreach (var service in AllServices)
        {
            var address = _services.TryGetValue(service, out var configured) ? configured : ClosedPort.Address();
            builder.UseSetting($"services:{service}:http:0", address.ToString());
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Every message of the error with which a gateway given <paramref name="settings"/> refuses to start.</summary>
    public static async Task<string> StartFailureAsync(GatewayInfrastructure infrastructure, IReadOnlyDictionary<string, string?> settings)
    {
        await using var gateway = new GatewayFactory(infrastructure, new Dictionary<string, Uri>(), settings);
        return MessagesOf(Assert.ThrowsAny<Exception>(() => gateway.CreateClient()));
    }

    /// <summary>Waits until the gateway's own checks (database, Redis, broker connection) pass, as the AppHost does.</summary>
    public async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var checks = Services.GetRequiredService<HealthCheckService>();
        while ((await checks.CheckHealthAsync(cancellationToken)).Status != HealthStatus.Healthy)
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>A client whose requests carry a token for the given subject, roles and departments.</summary>
    public HttpClient CreateClientAs(string subject, string[] roles, params string[] departments)
    {
        var client = CreateClient();
        var token = Services.GetRequiredService<TokenIssuer>().Issue(subject, roles, departments);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return client;
    }

    public HttpClient CreateAdminClient() => CreateClientAs("gateway-test-admin", [Roles.Admin]);

    /// <summary>A client whose requests carry <paramref name="apiKey"/> as <c>X-Api-Key</c>.</summary>
    public HttpClient CreateClientWithKey(string apiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    private static string MessagesOf(Exception exception) => exception switch
    {
        AggregateException aggregate => string.Join(" ", aggregate.InnerExceptions.Select(MessagesOf).Prepend(aggregate.Message)),
        { InnerException: { } inner } => exception.Message + " " + MessagesOf(inner),
        _ => exception.Message,
    };
}
