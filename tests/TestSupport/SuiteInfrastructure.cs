namespace ServiceExcellence.Testing;

/// <summary>
/// Real PostgreSQL, RabbitMQ and Redis for one test assembly: the AppHost's model without the services, started by
/// Aspire.Hosting.Testing on free ports in a temporary directory, and removed afterwards. Nothing is mocked.
/// </summary>
public sealed class SuiteInfrastructure : IAsyncLifetime
{
    private SuiteApp? _suite;

    private SuiteApp Suite => _suite ?? throw new InvalidOperationException("The infrastructure has not started.");

    public IReadOnlyDictionary<string, string> ConnectionStrings => Suite.ConnectionStrings;

    /// <summary>The development token signing key the services of this run use.</summary>
    public string SigningKeyPath => Suite.SigningKeyPath;

    /// <summary>Stops a resource (<c>postgres</c>, <c>rabbitmq</c>, <c>redis</c>) gracefully; its data and port are kept.</summary>
    public Task StopResourceAsync(string name) => Suite.StopResourceAsync(name);

    /// <summary>Starts a stopped resource again and returns once it is healthy.</summary>
    public Task StartResourceAsync(string name) => Suite.StartResourceAsync(name);

    public async Task InitializeAsync() =>
        _suite = await SuiteApp.StartAsync(new SuiteAppOptions { StartServices = false });

    public async Task DisposeAsync()
    {
        if (_suite is not null)
        {
            await _suite.DisposeAsync();
        }
    }
}
