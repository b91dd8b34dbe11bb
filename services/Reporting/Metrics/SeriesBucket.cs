using System.Globalization;

namespace ServiceExcellence.Reporting.Metrics;

/// <summary>
/// One point's span of a series: the calendar bucket cut to the report's range, its label (<c>2026-07-14</c>,
/// <c>2026-W27</c>, <c>2026-07</c>, <c>2026-Q3</c>) and its group key (the uncut bucket's first day).
/// </summary>
public sealed record SeriesBucket(DateOnly PeriodStart, DateOnly PeriodEnd, string Label, string Key)
{
    /// <summary>Every bucket touching the range, in order, empty ones included.</summary>
    public static IReadOnlyList<SeriesBucket> Cover(DateOnly from, DateOnly to, Granularity granularity)
    {
        var buckets = new List<SeriesBucket>();
        for (var start = FirstDayOf(from, granularity); start <= to; start = Next(start, granularity))
        {
            var end = Next(start, granularity).AddDays(-1);
            buckets.Add(new SeriesBucket(Max(start, from), end < to ? end : to, LabelOf(start, granularity),
                start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return buckets;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly FirstDayOf(DateOnly day, Granularity granularity) => granularity switch
    {
        Granularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        Granularity.Month => new DateOnly(day.Year, day.Month, 1),
        Granularity.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
        _ => day,
    };

    private static DateOnly Next(DateOnly start, Granularity granularity) => granularity switch
    {
        Granularity.Week => start.AddDays(7),
        Granularity.Month => start.AddMonths(1),
        Granularity.Quarter => start.AddMonths(3),
        _ => start.AddDays(1),
    };

    private static string LabelOf(DateOnly start, Granularity granularity) => granularity switch
    {
        Granularity.Week => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):00}"),
        Granularity.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        Granularity.Quarter => string.Create(CultureInfo.InvariantCulture, $"{start.Year}-Q{(start.Month - 1) / 3 + 1}"),
        _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
