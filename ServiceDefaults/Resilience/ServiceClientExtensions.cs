using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ServiceExcellence.ServiceDefaults.Resilience;

/// <summary>Registers typed clients for calls to another service of the suite.</summary>
public static class ServiceClientExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> (a class taking <see cref="HttpClient"/> in its constructor) with its base
    /// address from <c>services:&lt;serviceName&gt;:https|http:0</c>, the caller's correlation id forwarded, and the
    /// resilience pipeline of <paramref name="serviceName"/> (options from <c>Resilience:&lt;serviceName&gt;</c>).
    /// </summary>
    /// <remarks>The address is resolved when a client is created, so a missing endpoint fails the first call, naming the key.</remarks>
    public static IHttpClientBuilder AddServiceClient<TClient>(this IServiceCollection services, string serviceName)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);

        services.AddHttpContextAccessor();
        services.TryAddTransient<CorrelationIdPropagationHandler>();

        // Outermost first: the correlation id is set once, before the resilience handler snapshots the request for retries.
        return services
            .AddHttpClient<TClient>((sp, client) =>
                client.BaseAddress = ServiceEndpoints.Resolve(sp.GetRequiredService<IConfiguration>(), serviceName))
            .AddHttpMessageHandler<CorrelationIdPropagationHandler>()
            .AddServiceResilienceHandler(serviceName);
    }
}
