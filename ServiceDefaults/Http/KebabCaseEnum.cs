using System.Collections.Frozen;
using System.Text.Json;

namespace ServiceExcellence.ServiceDefaults.Http;

/// <summary>
/// Enum values the way the suite spells them everywhere (<c>call-centre</c>): JSON bodies, query strings (which
/// minimal APIs' own binding reads only by C# name) and event payloads.
/// </summary>
public static class KebabCaseEnum<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName = Enum.GetValues<TEnum>()
        .ToFrozenDictionary(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), StringComparer.Ordinal);

    private static readonly FrozenDictionary<TEnum, string> NameOf = ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

    /// <summary>Every value's name, for error messages: <c>call-centre, email, …</c>.</summary>
    public static string Names => string.Join(", ", ByName.Keys.Order());

    /// <summary>The value as JSON bodies, query strings and event payloads spell it.</summary>
    public static string Name(TEnum value) => NameOf[value];

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

/// <summary>Non-generic entry point for <see cref="KebabCaseEnum{TEnum}.Name"/>, so the type is inferred.</summary>
public static class KebabCase
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => KebabCaseEnum<TEnum>.Name(value);
}
