using ServiceExcellence.Gateway.Health;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms;

namespace ServiceExcellence.Gateway.Proxy;

/// <summary>
/// The gateway's forwarding: YARP with routes and clusters from the <c>ReverseProxy</c> section and destinations resolved
/// by .NET service discovery (<c>http://goals</c> from <c>services:goals:http:0</c>), reached over local sockets where
/// services have them.
/// </summary>
public static class ProxyExtensions
{
    public const string SectionName = "ReverseProxy";

    public static IHostApplicationBuilder AddGatewayProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardingOptions>().BindConfiguration(ForwardingOptions.SectionName);
        builder.Services.AddServiceDiscovery();
        builder.Services.AddSingleton<LocalSockets>();
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection(SectionName))
            .AddServiceDiscoveryDestinationResolver()
            .AddConfigFilter<ForwardingConfigFilter>()
            .AddTransforms(context => context
                // The client is added to the chain a trusted proxy sent (Hardening dropped X-Forwarded-* from anyone
                // else), so a service sees the whole chain; X-Forwarded-Prefix and Forwarded pass as sent.
                .AddXForwardedFor(action: ForwardedTransformActions.Append)
                .AddXForwardedProto()
                .AddXForwardedHost()
                .AddHopByHopHeaderRemoval());
        builder.Services.AddSingleton<IForwarderHttpClientFactory, LocalSocketHttpClientFactory>();

        // The suite's /health probes the clusters configured here, so it comes with the proxy.
        builder.AddSuiteHealth();
        return builder;
    }

    /// <summary>Maps every configured route, plus a problem-details 404 for any other <c>/api/...</c> path.</summary>
    public static IEndpointConventionBuilder MapGatewayProxy(this IEndpointRouteBuilder endpoints)
    {
        var routes = endpoints.MapReverseProxy(pipeline =>
        {
            pipeline.UseMiddleware<TunnelRefusal>();
            pipeline.UseMiddleware<UpstreamProblems>();
            pipeline.UseLoadBalancing();
        });
        endpoints.MapFallback("/api/{**path}", ProxyProblems.NoRouteAsync);
        return routes;
    }
}
