namespace ServiceExcellence.Contracts.Goals;

/// <summary>A KPI alert was acknowledged, or given its action plan (<c>ActionPlan</c> set), which stops its contingency clock.</summary>
public sealed record AlertAcknowledged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid AlertId,
    Guid GoalId,
    Guid KpiId,
    string MetricKey,
    string Severity,
    string AcknowledgedBy,
    string? ActionPlan) : IIntegrationEvent;
