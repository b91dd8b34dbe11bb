namespace ServiceExcellence.Feedback.Analysis.RecurringIssues;

/// <summary>
/// The periods a scan compares, aligned to whole UTC days: the recent window is the 7 days ending with the scan's day
/// ([day − 6, day + 1)), the baseline the 28 days before it. The same issue is raised at most once while its earlier
/// detection's window overlaps the current one, i.e. at most once per 7 days even when it persists.
/// </summary>
public readonly record struct DetectionWindow(DateTimeOffset BaselineStart, DateTimeOffset Start, DateTimeOffset End)
{
    public const int RecentDays = 7;
    public const int BaselineDays = 28;

    public static DetectionWindow For(DateTimeOffset now)
    {
        var end = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);
        var start = end.AddDays(-RecentDays);
        return new DetectionWindow(start.AddDays(-BaselineDays), start, end);
    }
}
