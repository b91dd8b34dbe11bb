using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.Feedback.Data;

/// <summary>
/// Stores feedback entries with their <c>FeedbackReceived</c> events by plain SQL, for single-entry intake (dozens of
/// entries per commit) and batches alike: EF's change tracking and per-batch SQL generation were a quarter of the
/// Feedback service's CPU at saturation.
/// </summary>
internal static class FeedbackEntryRows
{
    /// <summary>
    /// Separates the topics of one entry in a single text element (an array of arrays cannot be unnested row by row);
    /// topic keys are lower-case letters, digits and hyphens, so it never occurs in one.
    /// </summary>
    private const char TopicSeparator = '\u001f';

    private const string InsertSql =
        """
        INSERT INTO feedback_entries (id, department_code, channel, occurred_at, received_at, customer_ref, service_ref,
                                      csat, nps, ces, comment, sentiment_score, sentiment_label, topics, idempotency_key)
        SELECT id, department_code, channel, occurred_at, received_at, customer_ref, service_ref, csat, nps, ces, comment,
               sentiment_score, sentiment_label, string_to_array(topics, E'\x1f'), idempotency_key
        FROM unnest($1::uuid[], $2::text[], $3::int[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[],
                    $8::int[], $9::int[], $10::int[], $11::text[], $12::float8[], $13::int[], $14::text[], $15::text[])
             AS e(id, department_code, channel, occurred_at, received_at, customer_ref, service_ref, csat, nps, ces, comment,
                  sentiment_score, sentiment_label, topics, idempotency_key)
        """;

    /// <summary>
    /// Inserts the entries and their outbox rows, then runs <paramref name="alongside"/> (a batch's receipt), in one
    /// transaction of <paramref name="db"/>, whose commit wakes the outbox dispatcher as every other commit does. A
    /// duplicate idempotency key fails the whole call.
    /// </summary>
    public static async Task StoreAsync(
        FeedbackDbContext db, IReadOnlyList<ReceivedEntry> entries, IReadOnlyList<NpgsqlBatchCommand> alongside, CancellationToken cancellationToken)
    {
        if (entries.Count == 0 && alongside.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var insert = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
        if (entries.Count > 0)
        {
            insert.BatchCommands.Add(Insert([.. entries.Select(e => e.Entry)]));
            insert.BatchCommands.Add(OutboxRows.Insert([.. entries.Select(e => e.Received)]));
        }

        foreach (var command in alongside)
        {
            insert.BatchCommands.Add(command);
        }

        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Insert(IReadOnlyList<FeedbackEntry> entries)
    {
        var command = new NpgsqlBatchCommand(InsertSql);
        var parameters = command.Parameters;
        parameters.Add(ArrayParameter.Of(entries.Select(e => e.Id), NpgsqlDbType.Uuid));
        parameters.Add(ArrayParameter.Of(entries.Select(e => e.DepartmentCode), NpgsqlDbType.Text));
        parameters.Add(ArrayParameter.Of(entries.Select(e => (int)e.Channel), NpgsqlDbType.Integer));
        parameters.Add(ArrayParameter.Of(entries.Select(e => e.OccurredAt), NpgsqlDbType.TimestampTz));
        parameters.Add(ArrayParameter.Of(entries.Select(e => e.ReceivedAt), NpgsqlDbType.TimestampTz));
        parameters.Add(ArrayParameter.Of(entries.Select(e => e.CustomerRef), NpgsqlDbType.Text));
        parameters.Add(ArrayParameter.Of(entries.Select(e => e.ServiceRef), NpgsqlDbType.Text));
        parameters.Add(ArrayParameter.Of(entries.Select(e => e.Csat), NpgsqlDbType.Integer));
        parameters.Add(ArrayParameter.Of(entries.Select(e => e.Nps), NpgsqlDbType.Integer));
        parameters.Add(ArrayParameter.Of(entries.Select(e => e.Ces), NpgsqlDbType.Integer));
        parameters.Add(ArrayParameter.Of(entries.Select(e => e.Comment), NpgsqlDbType.Text));
        parameters.Add(ArrayParameter.Of(entries.Select(e => e.SentimentScore), NpgsqlDbType.Double));
        parameters.Add(ArrayParameter.Of(entries.Select(e => (int?)e.SentimentLabel), NpgsqlDbType.Integer));
        parameters.Add(ArrayParameter.Of(entries.Select(e => string.Join(TopicSeparator, e.Topics)), NpgsqlDbType.Text));
        parameters.Add(ArrayParameter.Of(entries.Select(e => e.IdempotencyKey), NpgsqlDbType.Text));
        return command;
    }
}
