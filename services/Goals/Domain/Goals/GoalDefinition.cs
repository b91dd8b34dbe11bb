namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>Everything a manager states about a goal when creating or adjusting it (the department never changes).</summary>
public sealed record GoalDefinition(
    string Title,
    string? Description,
    GoalCategory? Category,
    string? OwnerId,
    string? Team,
    Guid? ParentGoalId,
    string? StrategyLink,
    double Weight,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<KpiDefinition> Kpis);

/// <summary>One KPI as stated; <c>Id</c> names an existing KPI when adjusting, null for a new one.</summary>
public sealed record KpiDefinition(
    Guid? Id,
    string? Metric,
    KpiKind Kind,
    KpiDirection Direction,
    string? Unit,
    double? Baseline,
    double? Target,
    double WarningThreshold,
    double CriticalThreshold,
    Cadence Cadence,
    string? OwnerId,
    WarningRule WarningRule,
    int? MinimumSample,
    int? BaselineWindow);
