namespace ServiceExcellence.Contracts.Goals;

/// <summary>
/// A goal was defined — created or adjusted (named GoalSet in the plan; the contracts' past-tense rule wants -ed): one version of it with its KPIs' targets and thresholds. <c>Status</c> is
/// <c>draft</c> or <c>active</c>; <c>Category</c> is <c>satisfaction</c>, <c>efficiency</c>, <c>quality</c> or <c>cost</c>.
/// </summary>
public sealed record GoalDefined(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid GoalId,
    int Version,
    string Title,
    string Category,
    string Status,
    string OwnerId,
    Guid? ParentGoalId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<GoalKpiTarget> Kpis) : IIntegrationEvent;
