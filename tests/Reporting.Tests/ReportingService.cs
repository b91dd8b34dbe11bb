using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ServiceExcellence.Contracts;
using ServiceExcellence.Reporting.Data;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Reporting.Tests;

/// <summary>The Reporting service in process against the real infrastructure, shared by the tests of this assembly.</summary>
public sealed class ReportingService() : ServiceUnderTest<Program>("reporting")
{
    public static readonly TimeSpan Within = TimeSpan.FromSeconds(20);

    public NpgsqlDataSource Database => Factory.Services.GetRequiredService<NpgsqlDataSource>();

    /// <summary>
    /// Waits until every receive endpoint of the service is up with its bindings: an event published before its
    /// queue is bound to the event's exchange is dropped by the broker, and the first test would wait in vain.
    /// </summary>
    public Task EnsureBusReadyAsync() =>
        Eventually.MatchAsync(() => Task.FromResult(Factory.Services.GetRequiredService<IBusControl>().CheckHealth().Status),
            status => status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(60), "the service's bus healthy");

    /// <summary>Publishes the events on the real broker, as their owning services would.</summary>
    public async Task PublishAsync(IEnumerable<IIntegrationEvent> events)
    {
        await EnsureBusReadyAsync();
        var bus = Factory.Services.GetRequiredService<IBus>();
        foreach (var chunk in events.Chunk(2_000))
        {
            await Task.WhenAll(chunk.Select(e => bus.Publish(e, e.GetType())));
        }
    }

    /// <summary>Waits until every event is in the event log, i.e. applied (logging and applying share a transaction).</summary>
    public async Task WaitForLoggedAsync(IReadOnlyCollection<IIntegrationEvent> events, TimeSpan? within = null)
    {
        var ids = events.Select(e => e.EventId).Distinct().ToArray();
        await Eventually.MatchAsync(async () =>
        {
            await using var command = Database.CreateCommand($"SELECT count(*) FROM {ReportingTables.EventLog} WHERE event_id = ANY($1)");
            command.Parameters.Add(new NpgsqlParameter { Value = ids });
            return (long)(await command.ExecuteScalarAsync())!;
        }, n => n == ids.Length, within ?? Within, $"{ids.Length} events in the event log");
    }

    public async Task PublishAndWaitAsync(params IIntegrationEvent[] events)
    {
        await PublishAsync(events);
        await WaitForLoggedAsync(events);
    }

    /// <summary>
    /// A department in the service's copy of the organisation, with the name and parent given: written directly, then
    /// announced to the service's observers as the organisation consumer does after its commit (quicker than the broker).
    /// </summary>
    public async Task<string> AddDepartmentAsync(string code, string? name = null, string? parentCode = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        db.Set<KnownDepartment>().Add(new KnownDepartment { Code = code, Name = name ?? code, ParentCode = parentCode, ChangedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        foreach (var observer in scope.ServiceProvider.GetServices<IDepartmentDirectoryObserver>())
        {
            await observer.DepartmentChangedAsync(code, CancellationToken.None);
        }

        return code;
    }
}

[CollectionDefinition(Name)]
public sealed class ReportingServiceCollection : ICollectionFixture<ReportingService>
{
    public const string Name = "reporting service";
}
