using ServiceExcellence.Testing;

namespace ServiceExcellence.Goals.Tests;

/// <summary>
/// The Goals service in process against the real infrastructure, shared by the tests of this assembly, with a
/// <see cref="ReportingStub"/> (no history, no values unless a test sets them) as its Reporting.
/// </summary>
public sealed class GoalsService() : ServiceUnderTest<Program>("goals"), IAsyncLifetime
{
    public ReportingStub Reporting { get; } = new();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Reporting.StartAsync();
        // Read by the in-process host's configuration (environment variables), before the factory first starts it.
        Environment.SetEnvironmentVariable("services__reporting__http__0", Reporting.Url);
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Reporting.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class GoalsServiceCollection : ICollectionFixture<GoalsService>
{
    public const string Name = "goals service";
}
