using Npgsql;
using NpgsqlTypes;

namespace ServiceExcellence.Reporting.Metrics;

/// <summary>
/// Runs family queries over the read models for a scope and an inclusive range of local days, all in one round trip,
/// and returns metric values per group key.
/// </summary>
public sealed class MetricQueries(NpgsqlDataSource database)
{
    public async Task<IReadOnlyDictionary<string, Dictionary<string, MetricValue>>> ComputeAsync(
        IReadOnlyCollection<MetricFamily> families, ReportScope scope, DateOnly from, DateOnly to, Grouping grouping,
        CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, Dictionary<string, MetricValue>>(StringComparer.Ordinal);
        if (families.Count == 0)
        {
            return groups;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var family in families)
        {
            var command = new NpgsqlBatchCommand(Sql(family, scope, grouping));
            command.Parameters.Add(new NpgsqlParameter { Value = from, NpgsqlDbType = NpgsqlDbType.Date });
            command.Parameters.Add(new NpgsqlParameter { Value = to, NpgsqlDbType = NpgsqlDbType.Date });
            if (scope.Departments is { } departments)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = departments.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            }

            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var family in families)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = reader.GetString(0);
                if (!groups.TryGetValue(key, out var values))
                {
                    groups[key] = values = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
                }

                foreach (var (metric, value) in family.Derive(MetricRow.Read(reader)))
                {
                    values[metric] = value;
                }
            }

            await reader.NextResultAsync(cancellationToken);
        }

        return groups;
    }

    private static string Sql(MetricFamily family, ReportScope scope, Grouping grouping)
    {
        var scopeFilter = scope.Departments is null ? "" : " AND department_code = ANY($3)";
        var groupBy = grouping == Grouping.None ? "" : " GROUP BY 1";
        return $"SELECT {grouping.KeyExpression(family.DayColumn)} AS group_key, {family.Aggregates} FROM {family.Table} " +
               $"WHERE {family.RangeFilter ?? $"{family.DayColumn} BETWEEN $1 AND $2"}{scopeFilter}{groupBy}";
    }
}
