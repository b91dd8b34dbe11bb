namespace ServiceExcellence.DemoData;

/// <summary>
/// The demo's months: the three full months before the current one, so two runs in the same month generate the
/// same dates (and the same idempotency keys).
/// </summary>
public sealed record DemoCalendar(DateOnly Start, DateOnly End)
{
    /// <summary>China Standard Time has no daylight saving: local days are UTC+8 all year.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>
    /// Today in the organisation (Asia/Shanghai), not in UTC: from 16:00 UTC Shanghai is a day ahead, and a range ending
    /// on the UTC date misses what was just recorded.
    /// </summary>
    public static DateOnly Today() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Offset).DateTime);

    public static DemoCalendar For(DateOnly today)
    {
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        return new DemoCalendar(firstOfMonth.AddMonths(-3), firstOfMonth.AddDays(-1));
    }

    /// <summary>The months as <c>yyyy-MM</c> periods, oldest first.</summary>
    public IReadOnlyList<string> Months => [.. Enumerable.Range(0, 3).Select(i => Start.AddMonths(i).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))];

    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Index 0..2 of the month of a day.</summary>
    public int MonthIndex(DateOnly day) => (day.Year - Start.Year) * 12 + day.Month - Start.Month;

    /// <summary>
    /// A moment of a local day during opening hours (08:00–20:00 local, so the UTC date is the same day), sent in UTC:
    /// Feedback's batch intake answers 500 for another offset (reported; see the demo's README section).
    /// </summary>
    public static DateTimeOffset At(DateOnly day, int minuteOfDay) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0).AddMinutes(minuteOfDay % 720)), Offset).ToUniversalTime();

    public string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
