using Npgsql;
using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.Reporting.Data;
using static ServiceExcellence.Reporting.Projection.SqlParameters;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting.Projection;

/// <summary>Folds audits, corrective actions and staff assessments into their rows.</summary>
internal sealed class AuditProjection(OrganisationCalendar calendar)
{
    private const string AuditSql =
        $"""
        INSERT INTO {ReportingTables.AuditFacts} (audit_id, department_code, kind, conducted_on, score, passed_items, applicable_items)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (audit_id) DO UPDATE SET department_code = excluded.department_code, kind = excluded.kind,
            conducted_on = excluded.conducted_on, score = excluded.score, passed_items = excluded.passed_items,
            applicable_items = excluded.applicable_items
        """;

    // Completion and the overdue flag are facts that, once reported, stay; the due time is the latest one stated.
    private const string CorrectiveActionSql =
        $"""
        INSERT INTO {ReportingTables.CorrectiveActionFacts} AS t (corrective_action_id, department_code, due_at, due_on, completed_at, on_time, overdue)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (corrective_action_id) DO UPDATE SET due_at = excluded.due_at, due_on = excluded.due_on,
            completed_at = coalesce(excluded.completed_at, t.completed_at), on_time = coalesce(excluded.on_time, t.on_time),
            overdue = t.overdue OR excluded.overdue
        """;

    private const string StaffSql =
        $"""
        INSERT INTO {ReportingTables.StaffAssessments} (staff_id, period, department_code, period_starts_on, score, assessment_id)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (staff_id, period) DO UPDATE SET department_code = excluded.department_code,
            period_starts_on = excluded.period_starts_on, score = excluded.score, assessment_id = excluded.assessment_id
        """;

    public NpgsqlBatchCommand Completed(AuditCompleted e) =>
        Command(AuditSql, Uuid(e.AuditId), Text(e.DepartmentCode), Text(e.Kind), Date(calendar.DayOf(e.OccurredAt)),
            Double(e.Score), Int(e.PassedItems), Int(e.ApplicableItems));

    public NpgsqlBatchCommand ActionPlanned(CorrectiveActionPlanned e) => Action(e.CorrectiveActionId, e.DepartmentCode, e.DueAt);

    public NpgsqlBatchCommand ActionStarted(CorrectiveActionStarted e) => Action(e.CorrectiveActionId, e.DepartmentCode, e.DueAt);

    public NpgsqlBatchCommand ActionCompleted(CorrectiveActionCompleted e) =>
        Action(e.CorrectiveActionId, e.DepartmentCode, e.DueAt, e.CompletedAt, e.OnTime);

    public NpgsqlBatchCommand ActionOverdue(CorrectiveActionOverdue e) =>
        Action(e.CorrectiveActionId, e.DepartmentCode, e.DueAt, overdue: true);

    public NpgsqlBatchCommand StaffAssessed(StaffAssessed e) =>
        Command(StaffSql, Text(e.StaffId), Text(e.Period), Text(e.DepartmentCode), Date(calendar.DayOf(e.OccurredAt)),
            Double(e.ServiceAwarenessScore), Uuid(e.AssessmentId));

    private NpgsqlBatchCommand Action(Guid id, string department, DateTimeOffset dueAt,
        DateTimeOffset? completedAt = null, bool? onTime = null, bool overdue = false) =>
        Command(CorrectiveActionSql, Uuid(id), Text(department), Instant(dueAt), Date(calendar.DayOf(dueAt)),
            Instant(completedAt), Bool(onTime), Bool(overdue));
}
