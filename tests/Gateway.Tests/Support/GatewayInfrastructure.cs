using ServiceExcellence.Testing;

namespace ServiceExcellence.Gateway.Tests.Support;

/// <summary>Real PostgreSQL, RabbitMQ and Redis for the gateway's tests (its key store and rate-limit counters).</summary>
public sealed class GatewayInfrastructure : IAsyncLifetime
{
    private readonly SuiteInfrastructure _infrastructure = new();

    public string SigningKeyPath => _infrastructure.SigningKeyPath;

    public Task StopResourceAsync(string name) => _infrastructure.StopResourceAsync(name);

    public Task StartResourceAsync(string name) => _infrastructure.StartResourceAsync(name);

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
