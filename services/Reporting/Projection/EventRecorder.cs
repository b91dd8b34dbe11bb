using Npgsql;
using ServiceExcellence.Contracts;
using ServiceExcellence.Reporting.Caching;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Reporting.Projection;

/// <summary>
/// Records consumed events: logs them and applies the ones logged for the first time to the read models, in one
/// transaction, so a redelivered event changes nothing; then tells the report cache which departments changed.
/// </summary>
public sealed class EventRecorder(
    NpgsqlDataSource database, ReadModelProjection projection, ReportGenerations generations, TimeProvider time,
    ILogger<EventRecorder> logger)
{
    /// <summary>
    /// How long recording waits out a database outage (a PostgreSQL restart) before failing the messages. MassTransit's
    /// redelivery alone did not: a batch consumer's messages went to the error queue within about a second of a
    /// restart, and those entries were never counted (the fault test showed it).
    /// </summary>
    public static readonly TimeSpan OutageTolerance = TimeSpan.FromMinutes(2);

    /// <summary>Returns how many of the events were new.</summary>
    public Task<int> RecordAsync(IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken) =>
        // Safe to repeat: a failed attempt changes nothing (one transaction), and the event log skips what was recorded.
        DatabaseOutage.RideOutAsync(ct => RecordOnceAsync(events, ct), OutageTolerance, time,
            (e, pause) => logger.LogWarning("Database unavailable while recording {Count} events ({Reason}); retrying in {Pause}",
                events.Count, e.Message, pause),
            cancellationToken);

    private async Task<int> RecordOnceAsync(IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        var distinct = events.DistinctBy(e => e.EventId).ToList();
        IReadOnlySet<string> touched;
        int applied;
        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            // A concurrent duplicate blocks on the unique event id until the first commits, and then inserts nothing.
            var inserted = await EventLog.AppendAsync(connection, transaction, distinct, cancellationToken);
            var fresh = distinct.Where(e => inserted.Contains(e.EventId)).ToList();
            touched = await projection.ApplyAsync(connection, transaction, fresh, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            applied = fresh.Count;
        }

        // After the commit, before the message is acknowledged: a report read after consumption is never stale.
        await generations.AdvanceAsync(touched);
        return applied;
    }
}
