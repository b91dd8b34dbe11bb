using ServiceExcellence.Contracts;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Feedback.Api.Surveys;

/// <summary>Checks of the department field that every survey request shares.</summary>
internal static class SurveyFields
{
    public static void ValidateDepartmentCode(ValidationErrors errors, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            errors.Add("departmentCode", "'departmentCode' is required.");
        }
        else if (!DepartmentCode.IsValid(code))
        {
            errors.Add("departmentCode", "'departmentCode' must be a department code such as call-centre.");
        }
    }

    /// <summary>A department this service has not heard of (from Goals' events) is bad input: 400 naming the field.</summary>
    public static async Task EnsureKnownDepartmentAsync(FeedbackDbContext db, string departmentCode, CancellationToken cancellationToken)
    {
        if (!await db.IsKnownDepartmentAsync(departmentCode, cancellationToken))
        {
            throw new RequestValidationException("departmentCode", $"Unknown department '{departmentCode}'.");
        }
    }
}
