using Npgsql;
using NpgsqlTypes;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>
/// Outbox rows written by plain SQL, for hot paths that store many rows per transaction without EF's change tracking.
/// One statement whatever the number of rows, so PostgreSQL plans it once per connection.
/// </summary>
public static class OutboxRows
{
    private const string InsertSql =
        $"""
        INSERT INTO {MessagingModel.OutboxTable} (id, type, payload, occurred_at, correlation_id, trace_parent, trace_state, attempts)
        SELECT id, type, payload::jsonb, occurred_at, correlation_id, trace_parent, trace_state, 0
        FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[])
             AS m(id, type, payload, occurred_at, correlation_id, trace_parent, trace_state)
        """;

    /// <summary>Inserts the messages in one statement of the caller's batch (and so its transaction).</summary>
    public static NpgsqlBatchCommand Insert(IReadOnlyList<OutboxMessage> messages)
    {
        var command = new NpgsqlBatchCommand(InsertSql);
        command.Parameters.Add(ArrayParameter.Of(messages.Select(m => m.Id), NpgsqlDbType.Uuid));
        command.Parameters.Add(ArrayParameter.Of(messages.Select(m => m.Type), NpgsqlDbType.Text));
        command.Parameters.Add(ArrayParameter.Of(messages.Select(m => m.Payload), NpgsqlDbType.Text));
        command.Parameters.Add(ArrayParameter.Of(messages.Select(m => m.OccurredAt.ToUniversalTime()), NpgsqlDbType.TimestampTz));
        command.Parameters.Add(ArrayParameter.Of(messages.Select(m => m.CorrelationId), NpgsqlDbType.Text));
        command.Parameters.Add(ArrayParameter.Of(messages.Select(m => m.TraceParent), NpgsqlDbType.Text));
        command.Parameters.Add(ArrayParameter.Of(messages.Select(m => m.TraceState), NpgsqlDbType.Text));
        return command;
    }
}
