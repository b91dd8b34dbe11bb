using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using ServiceExcellence.Contracts;
using ServiceExcellence.Reporting.Data;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;
using static ServiceExcellence.Reporting.Projection.SqlParameters;

namespace ServiceExcellence.Reporting.Projection;

/// <summary>Appends events to <c>event_log</c> (once per event id) and reads them back in order for a rebuild.</summary>
public static class EventLog
{
    private const string AppendSql =
        $"""
        INSERT INTO {ReportingTables.EventLog} (event_id, event_type, occurred_at, department_code, payload, recorded_at)
        SELECT id, type, occurred, department, payload::jsonb, now()
        FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[], $5::text[]) WITH ORDINALITY AS e(id, type, occurred, department, payload, n)
        ORDER BY n
        ON CONFLICT (event_id) DO NOTHING
        RETURNING event_id
        """;

    private const string ReadSql =
        $"SELECT sequence, event_type, payload::text FROM {ReportingTables.EventLog} WHERE sequence > $1 ORDER BY sequence LIMIT $2";

    /// <summary>Inserts the events not logged before and returns their ids: only those may be applied.</summary>
    public static async Task<IReadOnlySet<Guid>> AppendAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(AppendSql, connection, transaction);
        command.Parameters.Add(Of(events.Select(e => e.EventId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid));
        command.Parameters.Add(Of(events.Select(e => e.GetType().FullName!).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text));
        command.Parameters.Add(Of(events.Select(e => e.OccurredAt.ToUniversalTime()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz));
        command.Parameters.Add(Of(events.Select(e => e.DepartmentCode).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text));
        command.Parameters.Add(Of(events.Select(e => JsonSerializer.Serialize(e, e.GetType(), JsonDefaults.Options)).ToArray(),
            NpgsqlDbType.Array | NpgsqlDbType.Text));
        var inserted = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            inserted.Add(reader.GetGuid(0));
        }

        return inserted;
    }

    /// <summary>Up to <paramref name="limit"/> events after <paramref name="afterSequence"/>, in log order.</summary>
    public static async Task<(IReadOnlyList<IIntegrationEvent> Events, long LastSequence)> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ReadSql, connection, transaction);
        command.Parameters.Add(Of(afterSequence, NpgsqlDbType.Bigint));
        command.Parameters.Add(Of(limit, NpgsqlDbType.Integer));
        var events = new List<IIntegrationEvent>(limit);
        var last = afterSequence;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            last = reader.GetInt64(0);
            var type = IntegrationEventTypes.Resolve(reader.GetString(1));
            events.Add((IIntegrationEvent)JsonSerializer.Deserialize(reader.GetString(2), type, JsonDefaults.Options)!);
        }

        return (events, last);
    }
}
