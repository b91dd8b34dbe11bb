using System.Diagnostics;
using Npgsql;
using ServiceExcellence.Reporting.Caching;
using ServiceExcellence.Reporting.Data;

namespace ServiceExcellence.Reporting.Projection;

/// <summary>
/// Rebuilds every read model from the event log: in one transaction that holds off new events (they wait on the
/// log's lock), empties the read models and replays the log in sequence order, in batches, through the same
/// projection as live consumption. Readers see the old models until the commit.
/// </summary>
public sealed class ReadModelRebuilder(NpgsqlDataSource database, ReadModelProjection projection, ReportGenerations generations)
{
    private const int BatchSize = 10_000;

    public async Task<RebuildResult> RebuildAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        long replayed = 0;
        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await using (var prepare = new NpgsqlCommand(
                // DELETE rather than TRUNCATE: TRUNCATE would lock readers out until the commit.
                $"LOCK TABLE {ReportingTables.EventLog} IN SHARE ROW EXCLUSIVE MODE; " +
                string.Join("; ", ReportingTables.ReadModels.Select(table => $"DELETE FROM {table}")),
                connection, transaction))
            {
                await prepare.ExecuteNonQueryAsync(cancellationToken);
            }

            long last = 0;
            while (true)
            {
                var (events, lastSequence) = await EventLog.ReadAsync(connection, transaction, last, BatchSize, cancellationToken);
                if (events.Count == 0)
                {
                    break;
                }

                await projection.ApplyAsync(connection, transaction, events, cancellationToken);
                replayed += events.Count;
                last = lastSequence;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await generations.AdvanceAllAsync();
        return new RebuildResult(replayed, watch.Elapsed.TotalMilliseconds);
    }
}

/// <summary>How many events a rebuild replayed and how long it took.</summary>
public sealed record RebuildResult(long Events, double DurationMs);
