namespace ServiceExcellence.Reporting.Domain.ReadModels;

/// <summary>
/// One complaint's latest cycle (the cycle with the highest reopen count wins): its deadlines, first response and
/// resolution, and whether a deadline was reported breached. Dates ending in <c>On</c> are organisation-calendar days.
/// </summary>
public sealed class ComplaintFact
{
    public Guid ComplaintId { get; set; }

    public required string DepartmentCode { get; set; }

    public int ReopenCount { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public DateTimeOffset? ResponseDueAt { get; set; }

    public DateTimeOffset? ResolutionDueAt { get; set; }

    public DateOnly? ResolutionDueOn { get; set; }

    public DateTimeOffset? RespondedAt { get; set; }

    public DateOnly? RespondedOn { get; set; }

    public double? FirstResponseMinutes { get; set; }

    public bool? FirstResponseWithinSla { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public DateOnly? ResolvedOn { get; set; }

    public double? ResolutionHours { get; set; }

    public bool? ResolvedWithinSla { get; set; }

    public bool ResponseBreached { get; set; }

    public bool ResolutionBreached { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
