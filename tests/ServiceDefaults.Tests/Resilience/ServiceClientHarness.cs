using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.ServiceDefaults.Resilience;

namespace ServiceExcellence.ServiceDefaults.Tests.Resilience;

/// <summary>A container with typed clients for service <c>upstream</c>, short timings, and any overrides a test needs.</summary>
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
            [$"Resilience:{ServiceName}:TotalTimeout"] = "00:00:20",
            [$"Resilience:{ServiceName}:AttemptTimeout"] = "00:00:05",
            [$"Resilience:{ServiceName}:RetryBaseDelay"] = "00:00:00.010",
            [$"Resilience:{ServiceName}:CircuitBreakerMinimumThroughput"] = "100",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[$"Resilience:{ServiceName}:{key}"] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddServiceClient<UpstreamClient>(ServiceName);
        services.AddServiceClient<OtherUpstreamClient>(ServiceName);
        provider = services.BuildServiceProvider();
    }

    public IServiceProvider Services => provider;

    public HttpClient Client => provider.GetRequiredService<UpstreamClient>().Http;

    public HttpClient OtherClient => provider.GetRequiredService<OtherUpstreamClient>().Http;

    public void Dispose() => provider.Dispose();

    public static string NewKey() => Guid.NewGuid().ToString("N");
}
