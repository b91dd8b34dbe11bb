namespace ServiceExcellence.Contracts.Goals;

/// <summary>
/// A KPI got a new actual value. <c>Source</c> is <c>reporting</c> (pulled on its cadence or on refresh) or
/// <c>manual</c>; <c>SampleSize</c> is the number of answers or items behind the value when Reporting knows it.
/// </summary>
public sealed record KpiMeasured(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid GoalId,
    Guid KpiId,
    string MetricKey,
    string Cadence,
    double Value,
    long? SampleSize,
    DateTimeOffset ObservedAt,
    string Source,
    string Status,
    double? Attainment) : IIntegrationEvent;
