namespace ServiceExcellence.Reporting.Domain.ReadModels;

/// <summary>One SERVQUAL respondent's gaps per dimension, overall and weighted (null without weights).</summary>
public sealed class ServqualResponseFact
{
    public Guid ResponseId { get; set; }

    public required string DepartmentCode { get; set; }

    public DateOnly RespondedOn { get; set; }

    public double Tangibles { get; set; }

    public double Reliability { get; set; }

    public double Responsiveness { get; set; }

    public double Assurance { get; set; }

    public double Empathy { get; set; }

    public double Overall { get; set; }

    public double? Weighted { get; set; }
}
