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
}
