using Npgsql;
using NpgsqlTypes;

namespace ServiceExcellence.ServiceDefaults.Data;

/// <summary>A typed array parameter, for statements that take many rows at once through <c>unnest</c>.</summary>
public static class ArrayParameter
{
    public static NpgsqlParameter<T[]> Of<T>(IEnumerable<T> values, NpgsqlDbType elementType) =>
        new() { TypedValue = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | elementType };
}
