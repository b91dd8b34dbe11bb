namespace ServiceExcellence.Testing;

/// <summary>A service in process against the real infrastructure, shared by the tests of one assembly.</summary>
public class ServiceUnderTest<TProgram>(string serviceName) : IAsyncLifetime where TProgram : class
{
    public SuiteInfrastructure Infrastructure { get; } = new();

    public ServiceFactory<TProgram> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Infrastructure.InitializeAsync();
        Factory = new ServiceFactory<TProgram>(Infrastructure, serviceName);
        _ = Factory.Server; // start now, so migrations run once before the first test
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Infrastructure.DisposeAsync();
    }
}
