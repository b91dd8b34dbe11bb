using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Audits.Api;

/// <summary>Field checks several Audits requests share.</summary>
internal static class Fields
{
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
}
