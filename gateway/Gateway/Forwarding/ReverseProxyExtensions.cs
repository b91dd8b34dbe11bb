using ServiceExcellence.Gateway.Health;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>Registers and maps the gateway's forwarder: <c>AddReverseProxy()</c> then <c>MapReverseProxy()</c>, as with YARP.</summary>
public static class ReverseProxyExtensions
{
    public static IHostApplicationBuilder AddReverseProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardingOptions>().BindConfiguration(ForwardingOptions.SectionName);
        builder.Services.AddSingleton<ProxyConfigProvider>();
        builder.Services.AddSingleton<ForwarderHttpClient>();
        builder.Services.AddSingleton<HttpForwarder>();

        // The suite's /health probes the clusters configured here, so it comes with the proxy.
        builder.AddSuiteHealth();
        return builder;
    }

    /// <summary>Maps every configured route, plus a problem-details 404 for any other <c>/api/...</c> path.</summary>
    public static IEndpointConventionBuilder MapReverseProxy(this IEndpointRouteBuilder endpoints)
    {
        var dataSource = ActivatorUtilities.CreateInstance<ProxyEndpointDataSource>(endpoints.ServiceProvider);
        endpoints.DataSources.Add(dataSource);
        endpoints.MapFallback("/api/{**path}", new RequestDelegate(ProxyProblems.NoRouteAsync));
        return dataSource;
    }
}
