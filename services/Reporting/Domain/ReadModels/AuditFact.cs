namespace ServiceExcellence.Reporting.Domain.ReadModels;

/// <summary>One completed audit: its kind, day, score and item counts.</summary>
public sealed class AuditFact
{
    public Guid AuditId { get; set; }

    public required string DepartmentCode { get; set; }

    public required string Kind { get; set; }

    public DateOnly ConductedOn { get; set; }

    /// <summary>Null when no item was applicable; such audits are left out of the mean score.</summary>
    public double? Score { get; set; }

    public int PassedItems { get; set; }

    public int ApplicableItems { get; set; }
}
