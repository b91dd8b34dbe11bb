namespace ServiceExcellence.Contracts.Goals;

/// <summary>
/// A goal's period was closed. <c>Outcome</c> is <c>achieved</c> (every KPI met its target) or <c>missed</c>;
/// <c>Attainment</c> is the mean attainment of its KPIs, null when none was measured.
/// </summary>
public sealed record GoalClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid GoalId,
    int Version,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Outcome,
    double? Attainment) : IIntegrationEvent;
