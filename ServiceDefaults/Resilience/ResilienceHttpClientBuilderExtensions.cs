using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace ServiceExcellence.ServiceDefaults.Resilience;

/// <summary>Adds the suite's resilience pipeline to any HttpClient; swap for <c>AddStandardResilienceHandler()</c> once that package is available.</summary>
public static class ResilienceHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds a <see cref="ResilienceHandler"/> running the pipeline named <paramref name="pipelineName"/>, configured from
    /// <c>Resilience:&lt;pipelineName&gt;</c>. Every client using the same name shares one pipeline, hence one circuit breaker.
    /// </summary>
    public static IHttpClientBuilder AddServiceResilienceHandler(this IHttpClientBuilder builder, string pipelineName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(pipelineName);

        var services = builder.Services;
        if (!services.Any(d => d.IsKeyedService && Equals(d.ServiceKey, pipelineName) && d.ServiceType == typeof(ResiliencePipeline<HttpResponseMessage>)))
        {
            services.AddOptions<ResilienceOptions>(pipelineName).BindConfiguration($"{ResilienceOptions.SectionName}:{pipelineName}");

            // A keyed singleton, not one per handler: the factory recycles handlers, the breaker's memory must outlive them.
            services.AddKeyedSingleton(pipelineName, (sp, _) => HttpResiliencePipeline.Create(
                pipelineName,
                sp.GetRequiredService<IOptionsMonitor<ResilienceOptions>>().Get(pipelineName),
                sp.GetService<TimeProvider>(),
                sp.GetService<ILoggerFactory>()?.CreateLogger(typeof(ResilienceHandler).FullName!)));
        }

        return builder.AddHttpMessageHandler(sp =>
            new ResilienceHandler(sp.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(pipelineName)));
    }
}
