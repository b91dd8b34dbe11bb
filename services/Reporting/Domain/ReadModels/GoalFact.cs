namespace ServiceExcellence.Reporting.Domain.ReadModels;

/// <summary>The latest version of one goal (from <c>GoalDefined</c>) and, once closed, its outcome (from <c>GoalClosed</c>).</summary>
public sealed class GoalFact
{
    public Guid GoalId { get; set; }

    public required string DepartmentCode { get; set; }

    public int Version { get; set; }

    public required string Title { get; set; }

    public required string Category { get; set; }

    /// <summary><c>draft</c> or <c>active</c>, as the latest version says; only active goals are reported.</summary>
    public required string Status { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    /// <summary>When the latest version was defined: of several goals on a metric, the latest defined gives the target.</summary>
    public DateTimeOffset DefinedAt { get; set; }

    /// <summary><c>achieved</c> or <c>missed</c> once the period is closed.</summary>
    public string? ClosedOutcome { get; set; }

    public double? ClosedAttainment { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
