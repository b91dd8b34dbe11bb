using ServiceExcellence.Goals.Domain.Goals;

namespace ServiceExcellence.Goals.Domain.Smart;

/// <summary>What the SMART check looks at in a goal (new or adjusted); missing values are what it reports.</summary>
public sealed record SmartGoal(
    string? Title,
    string? Description,
    GoalCategory? Category,
    string? DepartmentCode,
    string? OwnerId,
    Guid? ParentGoalId,
    string? StrategyLink,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<SmartKpi> Kpis);

/// <summary>
/// One KPI as the check sees it. <c>BestImprovement</c> is the best change in the KPI's direction the metric ever made
/// in the department over a period as long as the goal's; null when there is no history.
/// </summary>
public sealed record SmartKpi(string? Metric, KpiDirection Direction, string? Unit, double? Baseline, double? Target, double? BestImprovement);
