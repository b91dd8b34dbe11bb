namespace ServiceExcellence.Contracts.Goals;

/// <summary>
/// A KPI alert was resolved: <c>Automatic</c> when the value stayed on the good side for one full cadence, otherwise by
/// a manager (<c>ResolvedBy</c>) with a resolution text.
/// </summary>
public sealed record AlertResolved(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid AlertId,
    Guid GoalId,
    Guid KpiId,
    string MetricKey,
    string Severity,
    bool Automatic,
    string Resolution,
    string? ResolvedBy) : IIntegrationEvent;
