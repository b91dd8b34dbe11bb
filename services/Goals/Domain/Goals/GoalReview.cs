namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>A periodic review (定期评审): outcome, lessons and the adjustments it made (JSON), and the version they created.</summary>
public sealed class GoalReview
{
    private GoalReview() { }

    public Guid Id { get; private set; }

    public Guid GoalId { get; private set; }

    public string Outcome { get; private set; } = "";

    public string? Lessons { get; private set; }

    public string Adjustments { get; private set; } = "[]";

    public int? ResultingVersion { get; private set; }

    public DateTimeOffset ReviewedAt { get; private set; }

    public string ReviewedBy { get; private set; } = "";

    public static GoalReview Record(Guid goalId, string outcome, string? lessons, string adjustments, int? resultingVersion,
        string reviewedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        GoalId = goalId,
        Outcome = outcome,
        Lessons = lessons,
        Adjustments = adjustments,
        ResultingVersion = resultingVersion,
        ReviewedAt = now,
        ReviewedBy = reviewedBy,
    };
}
