namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>One version of a goal as it was saved: who made it, why, and the whole goal with its KPIs (JSON).</summary>
public sealed class GoalVersion
{
    public const int MaxReasonLength = 4000;

    private GoalVersion() { }

    public Guid GoalId { get; private set; }

    public int Number { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public string? Reason { get; private set; }

    public string Snapshot { get; private set; } = "";

    public static GoalVersion Of(Goal goal, string snapshot, string createdBy, string? reason, DateTimeOffset now) => new()
    {
        GoalId = goal.Id,
        Number = goal.Version,
        CreatedAt = now,
        CreatedBy = createdBy,
        Reason = reason,
        Snapshot = snapshot,
    };
}
