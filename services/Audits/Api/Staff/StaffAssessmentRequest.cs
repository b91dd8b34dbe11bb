using ServiceExcellence.Audits.Domain.Staff;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Audits.Api.Staff;

/// <summary>Body of <c>POST /api/audits/staff-assessments</c>: a score 0–100 for one staff member and period.</summary>
public sealed record StaffAssessmentRequest(string? StaffId, string? DepartmentCode, string? Period, double? ServiceAwarenessScore)
    : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("staffId", StaffId, StaffAssessment.MaxIdLength);
        errors.RequireDepartmentCode(DepartmentCode);
        if (AssessmentPeriod.Parse(Period) is null)
        {
            errors.Add("period", $"'period' is required: {AssessmentPeriod.Formats} (ISO weeks).");
        }

        if (ServiceAwarenessScore is not (>= 0 and <= 100))
        {
            errors.Add("serviceAwarenessScore", "'serviceAwarenessScore' is required: from 0 to 100.");
        }
    }
}

/// <summary>A staff assessment; <c>periodStart</c> is the period's start in the organisation's time zone.</summary>
public sealed record StaffAssessmentResponse(
    Guid Id, string StaffId, string DepartmentCode, string Period, DateTimeOffset PeriodStart, double ServiceAwarenessScore,
    string AssessorId, DateTimeOffset AssessedAt)
{
    public static StaffAssessmentResponse From(StaffAssessment a) => new(
        a.Id, a.StaffId, a.DepartmentCode, a.Period, a.PeriodStart, a.ServiceAwarenessScore, a.AssessorId, a.AssessedAt);
}
