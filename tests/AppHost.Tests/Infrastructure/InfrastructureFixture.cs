using Xunit.Abstractions;
using Xunit.Sdk;

namespace ServiceExcellence.AppHost.Tests.Infrastructure;

/// <summary>One infrastructure-only suite shared by the tests of the collection (RabbitMQ's start dominates the time).</summary>
public sealed class InfrastructureFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private SuiteHost? _host;

    public SuiteHost Host => _host ?? throw new InvalidOperationException("The suite has not started.");

    public TimeSpan StartTime { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _host = await SuiteHost.StartAsync(new SuiteOptions
        {
            StartServices = false,
            Log = line => diagnostics.OnMessage(new DiagnosticMessage(line)),
        });
        StartTime = clock.Elapsed;
        diagnostics.OnMessage(new DiagnosticMessage($"infrastructure-only SuiteHost started in {StartTime.TotalSeconds:0.0} s"));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "Infrastructure";
}
