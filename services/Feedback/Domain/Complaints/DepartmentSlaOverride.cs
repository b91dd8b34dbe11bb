namespace ServiceExcellence.Feedback.Domain.Complaints;

/// <summary>A department's own SLA for one severity, replacing the suite default for complaints opened from then on.</summary>
public sealed class DepartmentSlaOverride
{
    private DepartmentSlaOverride() { }

    public string DepartmentCode { get; private set; } = "";

    public Severity Severity { get; private set; }

    public TimeSpan FirstResponse { get; private set; }

    public TimeSpan Resolution { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Who set it (the caller's subject), for the audit trail of SLA changes.</summary>
    public string UpdatedBy { get; private set; } = "";

    public SlaPolicy ToPolicy() => new(Severity, FirstResponse, Resolution);

    public static DepartmentSlaOverride Set(string departmentCode, SlaPolicy policy, string updatedBy, DateTimeOffset now) => new()
    {
        DepartmentCode = departmentCode,
        Severity = policy.Severity,
        FirstResponse = policy.FirstResponse,
        Resolution = policy.Resolution,
        UpdatedBy = updatedBy,
        UpdatedAt = now,
    };
}
