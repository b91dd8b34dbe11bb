using ServiceExcellence.Goals.Domain.Goals;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>A goal as one version stored it: its definition and KPIs, without tracking state.</summary>
public sealed record GoalSnapshot(
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
    GoalStatus Status,
    IReadOnlyList<KpiDefinition> Kpis)
{
    public static GoalSnapshot Of(Goal g) => new(
        g.Title, g.Description, g.Category, g.OwnerId, g.Team, g.ParentGoalId, g.StrategyLink, g.Weight, g.PeriodStart, g.PeriodEnd,
        g.Status, g.Kpis.OrderBy(k => k.Id).Select(k => new KpiDefinition(
            k.Id, k.Metric, k.Kind, k.Direction, k.Unit, k.Baseline, k.Target, k.WarningThreshold, k.CriticalThreshold, k.Cadence,
            k.OwnerId, k.WarningRule, k.MinimumSample, k.BaselineWindow)).ToList());
}

/// <summary>One entry of <c>GET /api/goals/{id}/history</c>.</summary>
public sealed record GoalVersionResponse(int Version, DateTimeOffset CreatedAt, string CreatedBy, string? Reason, GoalSnapshot Goal);
