using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceExcellence.Audits.Domain.Staff;

/// <summary>
/// A period as the suite writes it: a year <c>2026</c>, a quarter <c>2026-Q3</c>, a month <c>2026-07</c> or an ISO
/// week <c>2026-W27</c>. Parsing is strict: no other spelling, and week 53 only in years that have it.
/// </summary>
public sealed partial record AssessmentPeriod(string Text, DateOnly Start)
{
    public const string Formats = "2026, 2026-Q3, 2026-07 or 2026-W27";

    public static AssessmentPeriod? Parse(string? text)
    {
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true })
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["quarter"].Success)
        {
            var quarter = int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture);
            return quarter is >= 1 and <= 4 ? new(text!, new DateOnly(year, 3 * quarter - 2, 1)) : null;
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? new(text!, new DateOnly(year, month, 1)) : null;
        }

        if (match.Groups["week"].Success)
        {
            var week = int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture);
            return week >= 1 && week <= ISOWeek.GetWeeksInYear(year)
                ? new(text!, DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)))
                : null;
        }

        return new(text!, new DateOnly(year, 1, 1));
    }

    [GeneratedRegex(@"^(?<year>(19|20|21)\d\d)(-Q(?<quarter>\d)|-(?<month>\d\d)|-W(?<week>\d\d))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
