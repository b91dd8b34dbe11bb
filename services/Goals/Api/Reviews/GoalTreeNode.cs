using ServiceExcellence.Goals.Domain.Goals;

namespace ServiceExcellence.Goals.Api.Reviews;

/// <summary>
/// One goal of a decomposition (目标分解): its own KPIs' mean attainment and the attainment rolled up from its children.
/// </summary>
public sealed record GoalTreeNode(
    Guid Id, string Title, string DepartmentCode, string? Team, string? OwnerId, GoalStatus Status, double Weight,
    double? OwnAttainment, double? Attainment, IReadOnlyList<GoalTreeNode> Children);
