using Npgsql;
using NpgsqlTypes;
using ServiceExcellence.Reporting.Data;

namespace ServiceExcellence.Reporting.Api.Scorecards;

/// <summary>
/// What Goals' events say about one department for a scorecard, in one round trip: the target per metric, the goals
/// active in the period and the unresolved alerts. Goals and alerts are the department's own, not its sub-departments'.
/// </summary>
public sealed class ScorecardGoals(NpgsqlDataSource database)
{
    /// <summary>At most this many goals and alerts are listed (newest first), like a page.</summary>
    public const int MaxListed = 200;

    // Of several active goals on one metric overlapping the period, the latest defined sets the target.
    private const string TargetsSql =
        $"""
        SELECT DISTINCT ON (k.metric_key) k.metric_key, k.target, k.direction, k.status
        FROM {ReportingTables.GoalFacts} g JOIN {ReportingTables.GoalKpiFacts} k ON k.goal_id = g.goal_id AND k.version = g.version
        WHERE g.department_code = $1 AND g.status = 'active' AND g.period_start <= $3 AND g.period_end >= $2
        ORDER BY k.metric_key, g.defined_at DESC, g.goal_id
        """;

    private static readonly string GoalsSql =
        $"""
        SELECT g.goal_id, g.title, g.category, g.version, g.period_start, g.period_end,
            coalesce(g.closed_attainment, avg(k.attainment)), g.closed_outcome, array_remove(array_agg(k.status), NULL)
        FROM {ReportingTables.GoalFacts} g
        LEFT JOIN {ReportingTables.GoalKpiFacts} k ON k.goal_id = g.goal_id AND k.version = g.version
        WHERE g.department_code = $1 AND g.status = 'active' AND g.period_start <= $3 AND g.period_end >= $2
        GROUP BY g.goal_id
        ORDER BY g.defined_at DESC, g.goal_id
        LIMIT {MaxListed}
        """;

    private static readonly string AlertsSql =
        $"""
        SELECT alert_id, goal_id, kpi_id, metric_key, severity,
            CASE WHEN escalated_at IS NOT NULL AND (acknowledged_at IS NULL OR escalated_at > acknowledged_at) THEN 'escalated'
                 WHEN acknowledged_at IS NOT NULL THEN 'acknowledged' ELSE 'open' END,
            value, threshold, opened_at, escalated_to
        FROM {ReportingTables.GoalAlerts}
        WHERE department_code = $1 AND resolved_at IS NULL
        ORDER BY changed_at DESC, alert_id
        LIMIT {MaxListed}
        """;

    /// <summary>Worst first: a goal shows the worst status among its KPIs.</summary>
    private static readonly string[] Severity = ["missed", "off-track", "at-risk", "stale", "insufficient-data", "on-track", "achieved"];

    public async Task<DepartmentGoals> LoadAsync(string departmentCode, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var sql in new[] { TargetsSql, GoalsSql, AlertsSql })
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter { Value = departmentCode, NpgsqlDbType = NpgsqlDbType.Varchar });
            if (!ReferenceEquals(sql, AlertsSql))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = from, NpgsqlDbType = NpgsqlDbType.Date });
                command.Parameters.Add(new NpgsqlParameter { Value = to, NpgsqlDbType = NpgsqlDbType.Date });
            }

            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var targets = new Dictionary<string, MetricTarget>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            targets[reader.GetString(0)] = new MetricTarget(reader.GetDouble(1), NullableString(reader, 2), NullableString(reader, 3));
        }

        await reader.NextResultAsync(cancellationToken);
        var goals = new List<ScorecardGoal>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var statuses = reader.GetFieldValue<string[]>(8);
            goals.Add(new ScorecardGoal(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.GetFieldValue<DateOnly>(4), reader.GetFieldValue<DateOnly>(5), NullableDouble(reader, 6),
                NullableString(reader, 7) ?? Worst(statuses)));
        }

        await reader.NextResultAsync(cancellationToken);
        var alerts = new List<ScorecardAlert>();
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(new ScorecardAlert(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), NullableDouble(reader, 6), NullableDouble(reader, 7),
                reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8), NullableString(reader, 9)));
        }

        return new DepartmentGoals(targets, goals, alerts);
    }

    /// <summary>The worst known status; an unknown word ranks after the known ones, no status at all is null.</summary>
    public static string? Worst(IReadOnlyCollection<string> statuses) =>
        statuses.OrderBy(s => Array.IndexOf(Severity, s) is var i and >= 0 ? i : Severity.Length).ThenBy(s => s, StringComparer.Ordinal)
            .FirstOrDefault();

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static double? NullableDouble(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
}

/// <summary>Targets per metric key, goals and unresolved alerts of one department.</summary>
public sealed record DepartmentGoals(
    IReadOnlyDictionary<string, MetricTarget> Targets, IReadOnlyList<ScorecardGoal> Goals, IReadOnlyList<ScorecardAlert> OpenAlerts);
