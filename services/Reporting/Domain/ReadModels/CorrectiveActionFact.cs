namespace ServiceExcellence.Reporting.Domain.ReadModels;

/// <summary>One corrective action: when it is due, whether and when it was completed, and whether it was reported overdue.</summary>
public sealed class CorrectiveActionFact
{
    public Guid CorrectiveActionId { get; set; }

    public required string DepartmentCode { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public bool? OnTime { get; set; }

    public bool Overdue { get; set; }
}
