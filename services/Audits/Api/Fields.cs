using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Audits.Api;

/// <summary>Field checks several Audits requests share.</summary>
internal static class Fields
{
    public static void RequireDepartmentCode(this ValidationErrors errors, string? departmentCode, string field = "departmentCode")
    {
        if (string.IsNullOrEmpty(departmentCode))
        {
            errors.Add(field, $"'{field}' is required.");
        }
        else if (!Contracts.DepartmentCode.IsValid(departmentCode))
        {
            errors.Add(field, $"'{field}' must be a department code such as call-centre.");
        }
    }

    /// <summary>Optional text: when present, at most <paramref name="maxLength"/> characters.</summary>
    public static void LimitText(this ValidationErrors errors, string field, string? value, int maxLength)
    {
        if (value is { Length: var length } && length > maxLength)
        {
            errors.Add(field, $"'{field}' must be at most {maxLength} characters.");
        }
    }

    /// <summary>A percentage as responses show it: 0–100 rounded to 2 decimals (events carry the unrounded value).</summary>
    public static double? Percent(double? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>Throws the 400 when anything was recorded.</summary>
    public static void ThrowIfAny(this ValidationErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new ServiceDefaults.Errors.RequestValidationException(errors.ToDictionary());
        }
    }
}
