using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ServiceExcellence.Gateway.Tests.Support;

/// <summary>
/// The real gateway (its appsettings.json routes included) in Development, with each service resolved the way the
/// AppHost does it, through <c>services:&lt;name&gt;:http:0</c>. Services not named point at a closed port.
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    public static readonly string[] AllServices = ["goals", "feedback", "audits", "reporting"];

    // Shared by every test: the key is created once, on first use, and only when a bearer token is validated.
    private static readonly string SigningKeyPath =
        Path.Combine(Path.GetTempPath(), "service-excellence-gateway-tests", "signing-key.pem");

    private readonly IReadOnlyDictionary<string, Uri> _services;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public GatewayFactory(IReadOnlyDictionary<string, Uri> services, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _services = services;
        _settings = settings ?? new Dictionary<string, string?>();

        // The client must show exactly what the gateway answered, and must not buffer request bodies (redirect support does).
        ClientOptions.AllowAutoRedirect = false;
        ClientOptions.HandleCookies = false;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Auth:SigningKeyPath", SigningKeyPath);
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
}
