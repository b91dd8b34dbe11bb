using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Feedback.Analysis.RecurringIssues;

/// <summary>
/// The periods a scan compares, aligned to whole days of the organisation's calendar (as Reporting's days are): the
/// recent window is the 7 days ending with the scan's day ([day − 6, day + 1)), the baseline the 28 days before it. The
/// same issue is raised at most once while its earlier detection's window overlaps the current one, i.e. at most once
/// per 7 days even when it persists.
/// </summary>
public readonly record struct DetectionWindow(DateTimeOffset BaselineStart, DateTimeOffset Start, DateTimeOffset End)
{
    public const int RecentDays = 7;
    public const int BaselineDays = 28;

    public static DetectionWindow For(DateTimeOffset now, OrganisationCalendar calendar)
    {
        var day = calendar.DayOf(now);
        var firstRecentDay = day.AddDays(1 - RecentDays);
        return new DetectionWindow(calendar.StartOf(firstRecentDay.AddDays(-BaselineDays)), calendar.StartOf(firstRecentDay), calendar.EndOf(day));
    }
}
