namespace ServiceExcellence.Reporting.Domain.ReadModels;

/// <summary>
/// One KPI alert of Goals, merged from its breach, acknowledgement, escalation and resolution events in any order:
/// each step keeps its time, so the alert's state is derived, never overwritten by a late event.
/// </summary>
public sealed class GoalAlertFact
{
    public Guid AlertId { get; set; }

    public required string DepartmentCode { get; set; }

    public Guid GoalId { get; set; }

    public Guid KpiId { get; set; }

    public required string MetricKey { get; set; }

    /// <summary><c>warning</c> or <c>critical</c>, as the newest event says.</summary>
    public required string Severity { get; set; }

    /// <summary>Occurrence of the newest event applied: severity and value follow it.</summary>
    public DateTimeOffset ChangedAt { get; set; }

    public double? Value { get; set; }

    public double? Threshold { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    public string? EscalatedTo { get; set; }

    public int EscalationCount { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
