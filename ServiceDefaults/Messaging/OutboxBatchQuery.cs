using Microsoft.EntityFrameworkCore;

namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>How the outbox dispatcher claims its next batch of unsent rows.</summary>
public static class OutboxBatchQuery
{
    /// <summary>
    /// Session settings of the claiming transaction. Marking rows sent need not wait for the WAL flush: lost in a crash,
    /// they are published again, and consumers deduplicate by event id. The planner must walk the unsent index in id
    /// order and stop after one batch: the outbox churns faster than autovacuum analyses it, so its statistics say the
    /// unsent rows are few, and with them the planner chose to fetch and sort every unsent row for each batch, which
    /// under a backlog of 50,000 rows spilled to disk and capped publishing near 2,000 events/s.
    /// </summary>
    private const string Settings = "SET LOCAL synchronous_commit = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off";

    /// <summary>The oldest unsent rows not given up on, locked; <c>{0}</c> is the attempts limit, <c>{1}</c> the batch size.</summary>
    public const string Select = $$"""
        SELECT * FROM {{MessagingModel.OutboxTable}}
        WHERE sent_at IS NULL AND attempts < {0}
        ORDER BY id LIMIT {1} FOR UPDATE SKIP LOCKED
        """;

    /// <summary>
    /// Applies <see cref="Settings"/> to the caller's open transaction and locks the oldest unsent rows (at most
    /// <paramref name="batchSize"/>, fewer than <paramref name="attemptsLimit"/> attempts) until it ends.
    /// </summary>
    public static async Task<List<OutboxMessage>> ClaimAsync(DbContext db, int attemptsLimit, int batchSize, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(Settings, cancellationToken);
        return await db.Set<OutboxMessage>().FromSqlRaw(Select, attemptsLimit, batchSize).AsNoTracking().ToListAsync(cancellationToken);
    }
}
