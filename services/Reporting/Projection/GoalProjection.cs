using Npgsql;
using NpgsqlTypes;
using ServiceExcellence.Contracts.Goals;
using ServiceExcellence.Reporting.Data;
using static ServiceExcellence.Reporting.Projection.SqlParameters;

namespace ServiceExcellence.Reporting.Projection;

/// <summary>
/// Folds Goals' events into goals, KPIs and alerts so that arrival order does not matter: a goal's latest version
/// wins (an older one arriving late changes nothing), a KPI's status, value and attainment follow its newest event by
/// <c>OccurredAt</c>, and each step of an alert keeps its own time.
/// </summary>
internal sealed class GoalProjection
{
    private const string GoalSql =
        $"""
        INSERT INTO {ReportingTables.GoalFacts} AS t (goal_id, department_code, version, title, category, status, period_start, period_end, defined_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        ON CONFLICT (goal_id) DO UPDATE SET department_code = excluded.department_code, version = excluded.version,
            title = excluded.title, category = excluded.category, status = excluded.status, period_start = excluded.period_start,
            period_end = excluded.period_end, defined_at = excluded.defined_at
        WHERE t.version <= excluded.version
        """;

    // The definition columns follow the goal's latest version; the measured columns are left to the KPI events. A
    // version older than the goal's (which the statement before has just settled) adds no KPI: it may be one the
    // newer version dropped.
    private const string KpisSql =
        $"""
        INSERT INTO {ReportingTables.GoalKpiFacts} AS t (kpi_id, goal_id, department_code, version, metric_key, direction, target,
            warning_threshold, critical_threshold, cadence)
        SELECT k.id, $1, $2, $3, k.metric, k.direction, k.target, k.warning, k.critical, k.cadence
        FROM unnest($4::uuid[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::float8[], $10::text[])
            AS k(id, metric, direction, target, warning, critical, cadence)
        WHERE $3 >= (SELECT version FROM {ReportingTables.GoalFacts} WHERE goal_id = $1)
        ON CONFLICT (kpi_id) DO UPDATE SET goal_id = excluded.goal_id, department_code = excluded.department_code,
            version = excluded.version, metric_key = excluded.metric_key, direction = excluded.direction, target = excluded.target,
            warning_threshold = excluded.warning_threshold, critical_threshold = excluded.critical_threshold, cadence = excluded.cadence
        WHERE t.version <= excluded.version
        """;

    // A KPI the newest version no longer lists is gone; an older version arriving late removes nothing.
    private const string DroppedKpisSql =
        $"""
        DELETE FROM {ReportingTables.GoalKpiFacts}
        WHERE goal_id = $1 AND version < $2 AND NOT (kpi_id = ANY($3))
            AND $2 >= (SELECT version FROM {ReportingTables.GoalFacts} WHERE goal_id = $1)
        """;

    // Closing may be applied before the definition (concurrent consumers): it then starts a version-0 row, not yet
    // reported (no status), which the definition completes.
    private const string ClosedSql =
        $"""
        INSERT INTO {ReportingTables.GoalFacts} AS t (goal_id, department_code, version, title, category, status, period_start, period_end,
            defined_at, closed_outcome, closed_attainment, closed_at)
        VALUES ($1, $2, 0, '', '', '', $3, $4, $5, $6, $7, $5)
        ON CONFLICT (goal_id) DO UPDATE SET closed_outcome = excluded.closed_outcome, closed_attainment = excluded.closed_attainment,
            closed_at = excluded.closed_at
        WHERE t.closed_at IS NULL OR t.closed_at <= excluded.closed_at
        """;

    // A status may come before the goal's definition: the row starts at version 0 and the definition fills it in.
    // $5 (the target) is null for a measurement, which does not carry it.
    private const string KpiStatusSql =
        $"""
        INSERT INTO {ReportingTables.GoalKpiFacts} AS t (kpi_id, goal_id, department_code, version, metric_key, target, cadence,
            status, value, attainment, status_at)
        VALUES ($1, $2, $3, 0, $4, coalesce($5, 0), $6, $7, $8, $9, $10)
        ON CONFLICT (kpi_id) DO UPDATE SET status = coalesce(excluded.status, t.status), value = excluded.value,
            attainment = excluded.attainment, status_at = excluded.status_at,
            target = CASE WHEN t.version = 0 THEN coalesce($5, t.target) ELSE t.target END
        WHERE t.status_at IS NULL OR t.status_at <= excluded.status_at
        """;

    private const string AlertSql =
        $"""
        INSERT INTO {ReportingTables.GoalAlerts} AS t (alert_id, department_code, goal_id, kpi_id, metric_key, severity, changed_at,
            value, threshold, opened_at, acknowledged_at, escalated_at, escalated_to, escalation_count, resolved_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
        ON CONFLICT (alert_id) DO UPDATE SET
            severity = CASE WHEN excluded.changed_at >= t.changed_at THEN excluded.severity ELSE t.severity END,
            value = CASE WHEN excluded.value IS NOT NULL AND (t.value IS NULL OR excluded.changed_at >= t.changed_at)
                THEN excluded.value ELSE t.value END,
            threshold = CASE WHEN excluded.value IS NOT NULL AND (t.value IS NULL OR excluded.changed_at >= t.changed_at)
                THEN excluded.threshold ELSE t.threshold END,
            changed_at = greatest(t.changed_at, excluded.changed_at),
            opened_at = least(t.opened_at, excluded.opened_at),
            acknowledged_at = least(t.acknowledged_at, excluded.acknowledged_at),
            escalated_at = greatest(t.escalated_at, excluded.escalated_at),
            escalated_to = CASE WHEN excluded.escalation_count >= t.escalation_count AND excluded.escalated_at IS NOT NULL
                THEN excluded.escalated_to ELSE t.escalated_to END,
            escalation_count = greatest(t.escalation_count, excluded.escalation_count),
            resolved_at = least(t.resolved_at, excluded.resolved_at)
        """;

    public IEnumerable<NpgsqlBatchCommand> Defined(GoalDefined e)
    {
        var kpis = e.Kpis;
        yield return Command(GoalSql, Uuid(e.GoalId), Text(e.DepartmentCode), Int(e.Version), Text(e.Title), Text(e.Category),
            Text(e.Status), Date(e.PeriodStart), Date(e.PeriodEnd), Instant(e.OccurredAt));
        yield return Command(KpisSql, Uuid(e.GoalId), Text(e.DepartmentCode), Int(e.Version),
            Array(kpis.Select(k => k.KpiId).ToArray(), NpgsqlDbType.Uuid),
            Array(kpis.Select(k => k.MetricKey).ToArray(), NpgsqlDbType.Text),
            Array(kpis.Select(k => k.Direction).ToArray(), NpgsqlDbType.Text),
            Array(kpis.Select(k => k.Target).ToArray(), NpgsqlDbType.Double),
            Array(kpis.Select(k => k.WarningThreshold).ToArray(), NpgsqlDbType.Double),
            Array(kpis.Select(k => k.CriticalThreshold).ToArray(), NpgsqlDbType.Double),
            Array(kpis.Select(k => k.Cadence).ToArray(), NpgsqlDbType.Text));
        yield return Command(DroppedKpisSql, Uuid(e.GoalId), Int(e.Version), Array(kpis.Select(k => k.KpiId).ToArray(), NpgsqlDbType.Uuid));
    }

    public NpgsqlBatchCommand Closed(GoalClosed e) =>
        Command(ClosedSql, Uuid(e.GoalId), Text(e.DepartmentCode), Date(e.PeriodStart), Date(e.PeriodEnd), Instant(e.OccurredAt),
            Text(e.Outcome), Double(e.Attainment));

    public NpgsqlBatchCommand StatusChanged(KpiStatusChanged e) =>
        KpiStatus(e.KpiId, e.GoalId, e.DepartmentCode, e.MetricKey, e.Target, e.Cadence, e.Status, e.Value, e.Attainment, e.OccurredAt);

    /// <summary>A measurement carries the status it led to; Goals leaves it empty when the KPI has none yet.</summary>
    public NpgsqlBatchCommand Measured(KpiMeasured e) =>
        KpiStatus(e.KpiId, e.GoalId, e.DepartmentCode, e.MetricKey, null, e.Cadence, string.IsNullOrEmpty(e.Status) ? null : e.Status,
            e.Value, e.Attainment, e.OccurredAt);

    public NpgsqlBatchCommand Breached(KpiThresholdBreached e) =>
        Alert(e.AlertId, e.DepartmentCode, e.GoalId, e.KpiId, e.MetricKey, e.Severity, e.OccurredAt, new AlertStep
        {
            Value = e.Value,
            Threshold = e.Threshold,
            OpenedAt = e.OccurredAt,
        });

    public NpgsqlBatchCommand Acknowledged(AlertAcknowledged e) =>
        Alert(e.AlertId, e.DepartmentCode, e.GoalId, e.KpiId, e.MetricKey, e.Severity, e.OccurredAt, new AlertStep { AcknowledgedAt = e.OccurredAt });

    public NpgsqlBatchCommand Escalated(AlertEscalated e) =>
        Alert(e.AlertId, e.DepartmentCode, e.GoalId, e.KpiId, e.MetricKey, e.Severity, e.OccurredAt, new AlertStep
        {
            EscalatedAt = e.OccurredAt,
            EscalatedTo = e.EscalatedTo,
            EscalationCount = e.EscalationCount,
        });

    public NpgsqlBatchCommand Resolved(AlertResolved e) =>
        Alert(e.AlertId, e.DepartmentCode, e.GoalId, e.KpiId, e.MetricKey, e.Severity, e.OccurredAt, new AlertStep { ResolvedAt = e.OccurredAt });

    private static NpgsqlBatchCommand KpiStatus(Guid kpiId, Guid goalId, string department, string metric, double? target, string cadence,
        string? status, double? value, double? attainment, DateTimeOffset at) =>
        Command(KpiStatusSql, Uuid(kpiId), Uuid(goalId), Text(department), Text(metric), Double(target), Text(cadence), Text(status),
            Double(value), Double(attainment), Instant(at));

    private static NpgsqlBatchCommand Alert(Guid alertId, string department, Guid goalId, Guid kpiId, string metric, string severity,
        DateTimeOffset at, AlertStep step) =>
        Command(AlertSql, Uuid(alertId), Text(department), Uuid(goalId), Uuid(kpiId), Text(metric), Text(severity), Instant(at),
            Double(step.Value), Double(step.Threshold), Instant(step.OpenedAt), Instant(step.AcknowledgedAt), Instant(step.EscalatedAt),
            Text(step.EscalatedTo), Int(step.EscalationCount), Instant(step.ResolvedAt));

    private static NpgsqlParameter Array<T>(T[] values, NpgsqlDbType element) => Of(values, NpgsqlDbType.Array | element);

    /// <summary>What one alert event says; null means "not said".</summary>
    private sealed record AlertStep
    {
        public double? Value { get; init; }
        public double? Threshold { get; init; }
        public DateTimeOffset? OpenedAt { get; init; }
        public DateTimeOffset? AcknowledgedAt { get; init; }
        public DateTimeOffset? EscalatedAt { get; init; }
        public string? EscalatedTo { get; init; }
        public int EscalationCount { get; init; }
        public DateTimeOffset? ResolvedAt { get; init; }
    }
}
