using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// Turns proxy routes into routing endpoints (as YARP does), so ASP.NET Core routing does the matching, including
/// <c>{**catch-all}</c> matching the bare prefix. Endpoints are rebuilt when the configuration changes.
/// Conventions (e.g. <c>RequireAuthorization</c>) added to the returned builder apply to every proxied route.
/// </summary>
public sealed class ProxyEndpointDataSource(ProxyConfigProvider configProvider, HttpForwarder forwarder)
    : EndpointDataSource, IEndpointConventionBuilder
{
    private readonly List<Action<EndpointBuilder>> _conventions = [];
    private readonly List<Action<EndpointBuilder>> _finallyConventions = [];
    private readonly Lock _lock = new();
    private (ProxyConfig Config, IReadOnlyList<Endpoint> Endpoints)? _built;

    public override IReadOnlyList<Endpoint> Endpoints
    {
        get
        {
            var config = configProvider.Current;
            lock (_lock)
            {
                if (_built is not { } built || !ReferenceEquals(built.Config, config))
                {
                    built = (config, config.Routes.Select(CreateEndpoint).ToArray());
                    _built = built;
                }

                return built.Endpoints;
            }
        }
    }

    public override IChangeToken GetChangeToken() => configProvider.GetChangeToken();

    public void Add(Action<EndpointBuilder> convention)
    {
        lock (_lock)
        {
            _conventions.Add(convention);
        }
    }

    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        lock (_lock)
        {
            _finallyConventions.Add(finallyConvention);
        }
    }

    private Endpoint CreateEndpoint(ProxyRoute route)
    {
        var cluster = route.Cluster;
        var builder = new RouteEndpointBuilder(context => forwarder.ForwardAsync(context, cluster), route.Pattern, route.Order)
        {
            DisplayName = $"Proxy {route.RouteId} → {cluster.ClusterId}",
        };

        builder.Metadata.Add(new RequestSizeLimit(route.MaxRequestBodySize));
        if (route.Methods.Count > 0)
        {
            builder.Metadata.Add(new HttpMethodMetadata(route.Methods));
        }

        foreach (var convention in _conventions)
        {
            convention(builder);
        }

        foreach (var convention in _finallyConventions)
        {
            convention(builder);
        }

        return builder.Build();
    }

    private sealed record RequestSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
