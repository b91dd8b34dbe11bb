using System.Globalization;
using System.Text.RegularExpressions;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Audits.Api.Nonconformities;

/// <summary>
/// A corrective action's <c>dueDate</c>: an ISO date (<c>2026-12-31</c>), due at the end of that day in the
/// organisation's time zone, or a full ISO-8601 timestamp with its offset (<c>2026-12-31T18:00:00+08:00</c>).
/// </summary>
public sealed partial record DueDate(DateOnly? Date, DateTimeOffset? At)
{
    public const string Formats = "an ISO date (2026-12-31, due at the end of that day in the organisation's time zone) " +
        "or a timestamp with offset (2026-12-31T18:00:00+08:00)";

    public static DueDate? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DueDate(date, null);
        }

        return WithOffset().IsMatch(text) &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? new DueDate(null, at.ToStoredPrecision())
            : null;
    }

    /// <summary>The instant the action is due.</summary>
    public DateTimeOffset Resolve(OrganisationCalendar calendar) => At ?? calendar.EndOf(Date!.Value);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WithOffset();
}
