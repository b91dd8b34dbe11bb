namespace ServiceExcellence.Audits.Domain.Staff;

/// <summary>
/// A staff member's service-awareness score (员工服务意识得分, 0–100) for one period. One per staff member and period:
/// assessing again replaces the score and keeps the id.
/// </summary>
public sealed class StaffAssessment : IDepartmentRecord
{
    public const int MaxIdLength = 200;
    public const int MaxPeriodLength = 16;

    private StaffAssessment() { }

    public Guid Id { get; private set; }

    public string StaffId { get; private set; } = "";

    public string DepartmentCode { get; private set; } = "";

    public string Period { get; private set; } = "";

    /// <summary>Start of the period in the organisation's time zone, as a UTC instant.</summary>
    public DateTimeOffset PeriodStart { get; private set; }

    public double ServiceAwarenessScore { get; private set; }

    public string AssessorId { get; private set; } = "";

    public DateTimeOffset AssessedAt { get; private set; }

    public static StaffAssessment Assess(
        string staffId, string departmentCode, string period, DateTimeOffset periodStart, double score, string assessorId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        StaffId = staffId.Trim(),
        DepartmentCode = departmentCode,
        Period = period,
        PeriodStart = periodStart,
        ServiceAwarenessScore = score,
        AssessorId = assessorId,
        AssessedAt = now,
    };

    public void Reassess(string departmentCode, double score, string assessorId, DateTimeOffset now)
    {
        DepartmentCode = departmentCode;
        ServiceAwarenessScore = score;
        AssessorId = assessorId;
        AssessedAt = now;
    }
}
