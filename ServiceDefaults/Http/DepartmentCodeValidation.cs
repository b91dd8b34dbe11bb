using ServiceExcellence.Contracts;

namespace ServiceExcellence.ServiceDefaults.Http;

/// <summary>Checks a department code given as a filter before it reaches a query (PostgreSQL rejects NUL bytes with an error, not a miss).</summary>
public static class DepartmentCodeValidation
{
    /// <summary>Adds an error naming <paramref name="field"/> when <paramref name="code"/> is present but not a department code.</summary>
    public static void CheckDepartmentCode(this ValidationErrors errors, string? code, string field = "departmentCode")
    {
        if (code is not null && !DepartmentCode.IsValid(code))
        {
            errors.Add(field, $"'{field}' must be a department code: lowercase letters, digits and single hyphens, at most {DepartmentCode.MaxLength} characters.");
        }
    }
}
