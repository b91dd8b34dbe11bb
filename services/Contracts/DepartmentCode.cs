using System.Text.RegularExpressions;

namespace ServiceExcellence.Contracts;

/// <summary>Rules for department codes, shared by every service that accepts one.</summary>
public static partial class DepartmentCode
{
    /// <summary>Longest code accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>A lowercase slug: letters, digits and single hyphens between them, e.g. <c>call-centre</c>.</summary>
    public static bool IsValid(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= MaxLength && Slug().IsMatch(code);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
