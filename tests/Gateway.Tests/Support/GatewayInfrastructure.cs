using ServiceExcellence.Testing;

namespace ServiceExcellence.Gateway.Tests.Support;

/// <summary>Real PostgreSQL, RabbitMQ and Redis for the gateway's tests (its key store and rate-limit counters).</summary>
public sealed class GatewayInfrastructure : IAsyncLifetime
{
    private readonly SuiteInfrastructure _infrastructure = new();

    public AppHost.SuiteHost Host => _infrastructure.Host;

    public IReadOnlyDictionary<string, string> ConnectionStrings => _infrastructure.ConnectionStrings;

    public Task InitializeAsync() => _infrastructure.InitializeAsync();

    public Task DisposeAsync() => _infrastructure.DisposeAsync();
}

/// <summary>The gateway's tests share one infrastructure; each test makes its own gateway(s) and keys.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayInfrastructure>
{
    public const string Name = "gateway";
}
