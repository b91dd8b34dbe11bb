using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using ServiceExcellence.Feedback.Api.Intake;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Data;

/// <summary>
/// The answers to batches sent with an Idempotency-Key, stored in the batch's own transaction. A repeat whose claim in
/// Redis lapsed (the first attempt's process died) is answered from here, and a repeat racing the first is refused by
/// the primary key, so a batch's entries are stored at most once however its attempts interleave.
/// </summary>
internal static class BatchReceiptRows
{
    public const string PrimaryKey = "pk_batch_receipts";

    /// <summary>
    /// The receipt stored under <paramref name="key"/> within the idempotency retention, or null. A receipt for a
    /// different request under the same key is refused (422), as <see cref="IdempotentRequests"/> refuses it.
    /// </summary>
    public static async Task<BatchReceipt?> FindAsync(FeedbackDbContext db, BatchKey key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - IdempotentRequests.Retention;
        var stored = await db.Set<StoredBatchReceipt>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.Key == key.Key && r.RecordedAt > cutoff, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        return stored.Fingerprint == key.Fingerprint
            ? JsonSerializer.Deserialize<BatchReceipt>(stored.Receipt, JsonDefaults.Options)
            : throw IdempotentRequests.KeyReused(key.ClientKey);
    }

    /// <summary>
    /// Commands that record <paramref name="receipt"/> under its key, first deleting up to 100 receipts past the
    /// retention; rows another batch is deleting are skipped, so concurrent batches never wait for each other here.
    /// </summary>
    public static IReadOnlyList<NpgsqlBatchCommand> Record(BatchKey key, BatchReceipt receipt, DateTimeOffset now) =>
    [
        new("""
            DELETE FROM batch_receipts WHERE key IN (
                SELECT key FROM batch_receipts WHERE recorded_at <= $1 ORDER BY recorded_at LIMIT 100 FOR UPDATE SKIP LOCKED)
            """) { Parameters = { new() { Value = now - IdempotentRequests.Retention } } },
        new("INSERT INTO batch_receipts (key, fingerprint, receipt, recorded_at) VALUES ($1, $2, $3, $4)")
        {
            Parameters =
            {
                new() { Value = key.Key },
                new() { Value = key.Fingerprint },
                new() { Value = JsonSerializer.Serialize(receipt, JsonDefaults.Options), NpgsqlDbType = NpgsqlDbType.Jsonb },
                new() { Value = now },
            },
        },
    ];
}
