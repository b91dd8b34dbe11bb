using System.Globalization;
using System.Text.RegularExpressions;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Reporting.Metrics;

/// <summary>
/// The days a report covers, both inclusive, in the organisation's calendar: given as <c>from</c>/<c>to</c>
/// (ISO dates) or as a <c>period</c> (<c>2026</c>, <c>2026-Q3</c>, <c>2026-07</c>, <c>2026-W27</c>); by default the
/// current month to date.
/// </summary>
public sealed partial record ReportRange(DateOnly From, DateOnly To, string? Period)
{
    public const int MaxYears = 5;

    /// <summary>Reads the query values; throws a 400 naming each failing field.</summary>
    public static ReportRange Resolve(string? from, string? to, string? period, DateOnly today)
    {
        var errors = new ValidationErrors();
        ReportRange? range = null;
        if (period is not null)
        {
            if (from is not null || to is not null)
            {
                errors.Add("period", "Give either 'period' or 'from'/'to', not both.");
            }
            else if (TryParsePeriod(period) is { } parsed)
            {
                range = parsed;
            }
            else
            {
                errors.Add("period", "'period' must be a year (2026), quarter (2026-Q3), month (2026-07) or ISO week (2026-W27).");
            }
        }
        else
        {
            var fromDay = ParseDay(from, "from", errors);
            var toDay = ParseDay(to, "to", errors);
            var end = toDay ?? today;
            var start = fromDay ?? new DateOnly(end.Year, end.Month, 1);
            if (errors.IsEmpty && start > end)
            {
                errors.Add("from", "'from' must not be after 'to'.");
            }
            else if (errors.IsEmpty && end > start.AddYears(MaxYears))
            {
                errors.Add("to", $"A report covers at most {MaxYears} years.");
            }

            range = new ReportRange(start, end, null);
        }

        return errors.IsEmpty ? range! : throw new RequestValidationException(errors.ToDictionary());
    }

    public static ReportRange? TryParsePeriod(string period)
    {
        var match = PeriodPattern().Match(period);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2200)
        {
            return null;
        }

        if (match.Groups["quarter"].Success)
        {
            var start = new DateOnly(year, (match.Groups["quarter"].Value[0] - '1') * 3 + 1, 1);
            return new ReportRange(start, start.AddMonths(3).AddDays(-1), period);
        }

        if (match.Groups["week"].Success)
        {
            var week = int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture);
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
            {
                return null;
            }

            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return new ReportRange(monday, monday.AddDays(6), period);
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return null;
            }

            var start = new DateOnly(year, month, 1);
            return new ReportRange(start, start.AddMonths(1).AddDays(-1), period);
        }

        return new ReportRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), period);
    }

    private static DateOnly? ParseDay(string? value, string field, ValidationErrors errors)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, $"'{field}' must be an ISO date such as 2026-07-01.");
        return null;
    }

    [GeneratedRegex(@"^(?<year>\d{4})(-(Q(?<quarter>[1-4])|W(?<week>\d{2})|(?<month>\d{2})))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
