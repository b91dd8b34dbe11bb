using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.ServiceDefaults.Tests.Http;

/// <summary>
/// A container with a typed client of service <c>upstream</c>, found by service discovery as the service defaults set it
/// up, with the suite's client defaults, short timings, and any resilience overrides a test needs.
/// </summary>
public sealed class ServiceClientHarness : IDisposable
{
    public const string ServiceName = "upstream";

    private readonly ServiceProvider provider;

    public ServiceClientHarness(UpstreamServer upstream, IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"services:{ServiceName}:http:0"] = upstream.BaseAddress.ToString(),
            // Short back-off keeps the suite fast; timeouts are generous so a cold first request on a busy
            // 2-core machine is not mistaken for a failure; the breaker stays out of the way unless a test asks for it.
            [$"Resilience:{ServiceName}:TotalRequestTimeout:Timeout"] = "00:00:20",
            [$"Resilience:{ServiceName}:AttemptTimeout:Timeout"] = "00:00:05",
            [$"Resilience:{ServiceName}:Retry:Delay"] = "00:00:00.010",
            [$"Resilience:{ServiceName}:CircuitBreaker:MinimumThroughput"] = "100",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[$"Resilience:{ServiceName}:{key}"] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddServiceDiscovery();
        services.ConfigureHttpClientDefaults(http => http.AddServiceDiscovery());
        services.AddHttpClient<UpstreamClient>(http => http.BaseAddress = new Uri($"http://{ServiceName}"))
            .AddServiceClientDefaults(configuration.GetSection($"Resilience:{ServiceName}"));
        provider = services.BuildServiceProvider();
    }

    public IServiceProvider Services => provider;

    public HttpClient Client => provider.GetRequiredService<UpstreamClient>().Http;

    public void Dispose() => provider.Dispose();

    public static string NewKey() => Guid.NewGuid().ToString("N");
}
