using System.Text.Json;

namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>Enum values as the suite writes them everywhere (JSON, query strings, event payloads): kebab-case.</summary>
internal static class KebabNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Parses a query value such as <c>responded</c>; null when it names no member.</summary>
    public static TEnum? Parse<TEnum>(string value) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (TEnum?)v).FirstOrDefault(v => Of(v!.Value) == value);

    public static string All<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(Of));
}
