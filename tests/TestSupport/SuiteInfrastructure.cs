using ServiceExcellence.AppHost;

namespace ServiceExcellence.Testing;

/// <summary>
/// Real PostgreSQL, RabbitMQ and Redis for one test assembly, started by the AppHost's resource model on free ports
/// in a temporary directory, and removed afterwards. Nothing is mocked.
/// </summary>
public sealed class SuiteInfrastructure : IAsyncLifetime
{
    private SuiteHost? _host;

    public SuiteHost Host => _host ?? throw new InvalidOperationException("The infrastructure has not started.");

    public IReadOnlyDictionary<string, string> ConnectionStrings => Host.ConnectionStrings;

    /// <summary>The development token signing key the services of this run use.</summary>
    public string SigningKeyPath => Host.SigningKeyPath;

    /// <summary>Stops a resource (<c>postgres</c>, <c>rabbitmq</c>, <c>redis</c>) gracefully; its data and port are kept.</summary>
    public Task StopResourceAsync(string name) => Host.StopResourceAsync(name);

    /// <summary>Starts a stopped resource again and returns once it is healthy.</summary>
    public Task StartResourceAsync(string name) => Host.StartResourceAsync(name);

    public async Task InitializeAsync() =>
        _host = await SuiteHost.StartAsync(new SuiteOptions { StartServices = false });

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
