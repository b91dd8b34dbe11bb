using ServiceExcellence.Contracts;
using ServiceExcellence.ServiceDefaults.Errors;

namespace ServiceExcellence.ServiceDefaults.Http;

/// <summary>Department codes in requests, checked before they reach a query (PostgreSQL rejects NUL bytes with an error, not a miss).</summary>
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

    /// <summary>As <see cref="CheckDepartmentCode"/>, and the code must be given.</summary>
    public static void RequireDepartmentCode(this ValidationErrors errors, string? code, string field = "departmentCode")
    {
        if (string.IsNullOrEmpty(code))
        {
            errors.Add(field, $"'{field}' is required.");
        }
        else
        {
            errors.CheckDepartmentCode(code, field);
        }
    }

    /// <summary>Throws the 400 listing every recorded error, if there is any.</summary>
    public static void ThrowIfAny(this ValidationErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new RequestValidationException(errors.ToDictionary());
        }
    }
}
