using Npgsql;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Reporting.Data;
using static ServiceExcellence.Reporting.Projection.SqlParameters;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting.Projection;

/// <summary>
/// Folds complaint events into one row per complaint. Every event carries its cycle (reopen count): an event of an
/// older cycle than the row's is ignored, a newer cycle replaces the cycle's columns, and events of the same cycle
/// merge (a value given wins, breach flags accumulate). So arrival order within a cycle does not matter.
/// </summary>
internal sealed class ComplaintProjection(OrganisationCalendar calendar)
{
    private static readonly string[] CycleColumns =
    [
        "response_due_at", "resolution_due_at", "resolution_due_on", "responded_at", "responded_on", "first_response_minutes",
        "first_response_within_sla", "resolved_at", "resolved_on", "resolution_hours", "resolved_within_sla", "closed_at",
    ];

    private static readonly string[] FlagColumns = ["response_breached", "resolution_breached"];

    private static readonly string UpsertSql =
        $"""
        INSERT INTO {ReportingTables.ComplaintFacts} AS t (complaint_id, department_code, reopen_count, opened_at,
            {string.Join(", ", CycleColumns)}, {string.Join(", ", FlagColumns)})
        VALUES ({string.Join(", ", Enumerable.Range(1, 4 + CycleColumns.Length + FlagColumns.Length).Select(i => $"${i}"))})
        ON CONFLICT (complaint_id) DO UPDATE SET
            reopen_count = excluded.reopen_count,
            opened_at = coalesce(excluded.opened_at, t.opened_at),
            {string.Join(",\n    ", CycleColumns.Select(c =>
                $"{c} = CASE WHEN t.reopen_count < excluded.reopen_count THEN excluded.{c} ELSE coalesce(excluded.{c}, t.{c}) END"))},
            {string.Join(",\n    ", FlagColumns.Select(c =>
                $"{c} = CASE WHEN t.reopen_count < excluded.reopen_count THEN excluded.{c} ELSE t.{c} OR excluded.{c} END"))}
        WHERE t.reopen_count <= excluded.reopen_count
        """;

    public NpgsqlBatchCommand Opened(ComplaintOpened e) =>
        Upsert(e.ComplaintId, e.DepartmentCode, 0, e.OpenedAt, new Cycle
        {
            ResponseDueAt = e.ResponseDueAt,
            ResolutionDueAt = e.ResolutionDueAt,
        });

    public NpgsqlBatchCommand Responded(ComplaintResponded e) =>
        Upsert(e.ComplaintId, e.DepartmentCode, e.ReopenCount, e.OpenedAt, new Cycle
        {
            ResponseDueAt = e.ResponseDueAt,
            RespondedAt = e.RespondedAt,
            FirstResponseMinutes = e.FirstResponseMinutes,
            FirstResponseWithinSla = e.WithinSla,
        });

    public NpgsqlBatchCommand Resolved(ComplaintResolved e) =>
        Upsert(e.ComplaintId, e.DepartmentCode, e.ReopenCount, e.OpenedAt, new Cycle
        {
            ResponseDueAt = e.ResponseDueAt,
            ResolutionDueAt = e.ResolutionDueAt,
            FirstResponseWithinSla = e.FirstResponseWithinSla,
            ResolvedAt = e.ResolvedAt,
            ResolutionHours = e.ResolutionHours,
            ResolvedWithinSla = e.WithinSla,
        });

    public NpgsqlBatchCommand Closed(ComplaintClosed e) =>
        Upsert(e.ComplaintId, e.DepartmentCode, e.ReopenCount, e.OpenedAt, new Cycle { ClosedAt = e.ClosedAt });

    public NpgsqlBatchCommand Reopened(ComplaintReopened e) =>
        Upsert(e.ComplaintId, e.DepartmentCode, e.ReopenCount, e.OpenedAt, new Cycle
        {
            ResponseDueAt = e.ResponseDueAt,
            ResolutionDueAt = e.ResolutionDueAt,
        });

    public NpgsqlBatchCommand SlaBreached(ComplaintSlaBreached e)
    {
        var resolution = e.Deadline == ComplaintSlaBreached.Resolution;
        return Upsert(e.ComplaintId, e.DepartmentCode, e.ReopenCount, e.OpenedAt, new Cycle
        {
            ResponseDueAt = resolution ? null : e.DueAt,
            ResolutionDueAt = resolution ? e.DueAt : null,
            ResponseBreached = !resolution,
            ResolutionBreached = resolution,
        });
    }

    private NpgsqlBatchCommand Upsert(Guid complaintId, string department, int reopenCount, DateTimeOffset openedAt, Cycle cycle) =>
        Command(UpsertSql,
            Uuid(complaintId), Text(department), Int(reopenCount), Instant(openedAt),
            Instant(cycle.ResponseDueAt), Instant(cycle.ResolutionDueAt), Date(DayOf(cycle.ResolutionDueAt)),
            Instant(cycle.RespondedAt), Date(DayOf(cycle.RespondedAt)), Double(cycle.FirstResponseMinutes), Bool(cycle.FirstResponseWithinSla),
            Instant(cycle.ResolvedAt), Date(DayOf(cycle.ResolvedAt)), Double(cycle.ResolutionHours), Bool(cycle.ResolvedWithinSla),
            Instant(cycle.ClosedAt), Bool(cycle.ResponseBreached), Bool(cycle.ResolutionBreached));

    private DateOnly? DayOf(DateTimeOffset? instant) => instant is { } i ? calendar.DayOf(i) : null;

    /// <summary>What one event says about the complaint's current cycle; null means "not said".</summary>
    private sealed record Cycle
    {
        public DateTimeOffset? ResponseDueAt { get; init; }
        public DateTimeOffset? ResolutionDueAt { get; init; }
        public DateTimeOffset? RespondedAt { get; init; }
        public double? FirstResponseMinutes { get; init; }
        public bool? FirstResponseWithinSla { get; init; }
        public DateTimeOffset? ResolvedAt { get; init; }
        public double? ResolutionHours { get; init; }
        public bool? ResolvedWithinSla { get; init; }
        public DateTimeOffset? ClosedAt { get; init; }
        public bool ResponseBreached { get; init; }
        public bool ResolutionBreached { get; init; }
    }
}
