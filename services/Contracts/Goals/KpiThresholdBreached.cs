namespace ServiceExcellence.Contracts.Goals;

/// <summary>
/// A KPI crossed its warning or critical threshold, or broke a control-chart rule, and an alert was opened.
/// <c>Severity</c> is <c>warning</c> or <c>critical</c>; <c>Rule</c> is <c>threshold</c> or the Western Electric rule
/// broken (e.g. <c>beyond-3-sigma</c>); <c>Threshold</c> is the limit crossed.
/// </summary>
public sealed record KpiThresholdBreached(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid AlertId,
    Guid GoalId,
    Guid KpiId,
    string MetricKey,
    string Cadence,
    string Severity,
    string Rule,
    double Value,
    double? Threshold,
    string OwnerId) : IIntegrationEvent;
