namespace ServiceExcellence.Contracts.Goals;

/// <summary>
/// A KPI alert missed a contingency deadline. <c>Reason</c> is <c>not-acknowledged</c> or <c>no-action-plan</c>;
/// <c>EscalatedTo</c> is the parent department whose manager now owns it, null for a top-level department (admins).
/// </summary>
public sealed record AlertEscalated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid AlertId,
    Guid GoalId,
    Guid KpiId,
    string MetricKey,
    string Severity,
    string Reason,
    string? EscalatedTo,
    int EscalationCount,
    DateTimeOffset DueAt) : IIntegrationEvent;
