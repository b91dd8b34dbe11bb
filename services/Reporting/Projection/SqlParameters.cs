using Npgsql;
using NpgsqlTypes;

namespace ServiceExcellence.Reporting.Projection;

/// <summary>Positional parameters (<c>$1</c>, <c>$2</c>, …) with explicit types, so nulls need no inference.</summary>
internal static class SqlParameters
{
    public static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    public static NpgsqlParameter Of(object? value, NpgsqlDbType type) =>
        new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };

    public static NpgsqlParameter Text(string? value) => Of(value, NpgsqlDbType.Varchar);

    public static NpgsqlParameter Uuid(Guid value) => Of(value, NpgsqlDbType.Uuid);

    public static NpgsqlParameter Int(int value) => Of(value, NpgsqlDbType.Integer);

    public static NpgsqlParameter Bool(bool? value) => Of(value, NpgsqlDbType.Boolean);

    public static NpgsqlParameter Double(double? value) => Of(value, NpgsqlDbType.Double);

    public static NpgsqlParameter Date(DateOnly? value) => Of(value, NpgsqlDbType.Date);

    /// <summary>timestamptz takes UTC only; events may carry any offset.</summary>
    public static NpgsqlParameter Instant(DateTimeOffset? value) => Of(value?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
}
