using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServiceExcellence.AppHost.Services;

/// <summary>Says in the terminal where the suite answers, once the gateway is healthy.</summary>
public static class SuiteBanner
{
    public static IResourceBuilder<BuiltProjectResource> WithBannerWhenReady(this IResourceBuilder<BuiltProjectResource> gateway)
    {
        gateway.ApplicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(gateway.Resource, (e, _) =>
        {
            var url = gateway.GetEndpoint("http").Url;
            e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ServiceExcellence").LogInformation(
                "The suite is ready. Gateway: {Gateway} (API {Gateway}/api/..., UI {Gateway}/docs, health {Gateway}/health)",
                url, url, url, url);
            return Task.CompletedTask;
        });
        return gateway;
    }
}
