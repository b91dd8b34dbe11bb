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
