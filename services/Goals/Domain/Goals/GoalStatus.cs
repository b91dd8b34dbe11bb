namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>Where a goal is in its period: saved as a draft, tracked, or closed as achieved or missed.</summary>
public enum GoalStatus
{
    Draft,
    Active,
    Achieved,
    Missed,
}
