namespace ServiceExcellence.Reporting.Domain.ReadModels;

/// <summary>The latest service-awareness score of one staff member for one period (a reassessment replaces it).</summary>
public sealed class StaffAssessmentFact
{
    public required string StaffId { get; set; }

    public required string Period { get; set; }

    public required string DepartmentCode { get; set; }

    /// <summary>First day of the assessed period in the organisation's calendar.</summary>
    public DateOnly PeriodStartsOn { get; set; }

    public double Score { get; set; }

    public Guid AssessmentId { get; set; }
}
