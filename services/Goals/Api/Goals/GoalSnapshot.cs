using ServiceExcellence.Goals.Domain.Goals;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>A goal as one version stored it: its status and definition, without tracking state.</summary>
public sealed record GoalSnapshot(GoalStatus Status, GoalDefinition Goal)
{
    public static GoalSnapshot Of(Goal g) => new(g.Status, g.Definition());
}

/// <summary>One entry of <c>GET /api/goals/{id}/history</c>.</summary>
public sealed record GoalVersionResponse(int Version, DateTimeOffset CreatedAt, string CreatedBy, string? Reason, GoalStatus Status, GoalDefinition Goal);
