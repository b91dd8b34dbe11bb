namespace ServiceExcellence.Contracts.Goals;

/// <summary>
/// A KPI's status changed after a measurement. Statuses are <c>on-track</c>, <c>at-risk</c>, <c>off-track</c>,
/// <c>insufficient-data</c>, <c>stale</c>, <c>achieved</c> and <c>missed</c>; <c>Cadence</c> is <c>daily</c>,
/// <c>weekly</c>, <c>monthly</c> or <c>quarterly</c>; <c>Value</c> is null when there was no data.
/// </summary>
public sealed record KpiStatusChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid GoalId,
    Guid KpiId,
    string MetricKey,
    string Cadence,
    string? PreviousStatus,
    string Status,
    double? Value,
    double Target,
    double? Attainment) : IIntegrationEvent;
