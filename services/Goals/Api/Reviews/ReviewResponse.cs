using ServiceExcellence.Goals.Api.Goals;

namespace ServiceExcellence.Goals.Api.Reviews;

/// <summary>A recorded review; <c>ResultingVersion</c> is the goal version its adjustments made, null when it made none.</summary>
public sealed record ReviewResponse(
    Guid Id, string Outcome, string? Lessons, IReadOnlyList<KpiAdjustment> Adjustments, int? ResultingVersion,
    DateTimeOffset ReviewedAt, string ReviewedBy, GoalResponse Goal);
