using System.Collections.Frozen;
using System.Text.Json;

namespace ServiceExcellence.ServiceDefaults.Http;

/// <summary>
/// Reads enum values from query strings the way the JSON bodies spell them (<c>call-centre</c>); minimal APIs' own
/// binding only knows the C# names.
/// </summary>
public static class KebabCaseEnum<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName = Enum.GetValues<TEnum>()
        .ToFrozenDictionary(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), StringComparer.Ordinal);

    public static string Names => string.Join(", ", ByName.Keys.Order());

    /// <summary>Null for a missing value; adds an error naming <paramref name="field"/> for an unknown one.</summary>
    public static TEnum? Parse(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (ByName.TryGetValue(value, out var parsed))
        {
            return parsed;
        }

        errors.Add(field, $"'{value}' is not a valid {field}; use one of {Names}.");
        return null;
    }
}
