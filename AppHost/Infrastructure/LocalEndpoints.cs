using Aspire.Hosting.ApplicationModel;

namespace ServiceExcellence.AppHost.Infrastructure;

/// <summary>Endpoints the process itself listens on, on a port the AppHost chose, on 127.0.0.1 alone.</summary>
public static class LocalEndpoints
{
    /// <summary>
    /// An endpoint without DCP's proxy: clients connect to the process directly. Every hop of the hot paths (service to
    /// database, broker and cache; gateway to service) would otherwise pass through one more process.
    /// </summary>
    public static IResourceBuilder<T> WithLocalEndpoint<T>(this IResourceBuilder<T> builder, string name, int port, string? scheme = null)
        where T : IResourceWithEndpoints =>
        builder.WithEndpoint(name, endpoint =>
        {
            endpoint.Port = port;
            endpoint.TargetPort = port;
            endpoint.TargetHost = "127.0.0.1";
            endpoint.IsProxied = false;
            endpoint.UriScheme = scheme ?? name;
        }, createIfNotExists: true);
}
