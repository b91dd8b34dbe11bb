namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>What closing a period proposes for the next one (DOMAIN §2): the same length, starting the day after.</summary>
public sealed record NextPeriodProposal(DateOnly PeriodStart, DateOnly PeriodEnd, IReadOnlyList<ProposedKpi> Kpis);

/// <summary>
/// One KPI's proposal. <c>BaselineSource</c> is <c>actual</c> or <c>centre-line</c>; <c>TargetSource</c> is
/// <c>previous-target</c> or <c>best-quartile</c>; <c>AchievabilityWarning</c> says why SMART's achievability would fail.
/// </summary>
public sealed record ProposedKpi(
    Guid KpiId, string? Metric, double? Baseline, string BaselineSource, double? Target, string TargetSource, string? AchievabilityWarning);

/// <summary>The arithmetic of next-period proposals.</summary>
public static class NextPeriodPlanner
{
    /// <summary>
    /// The next period, starting the day after this one ends: as many calendar months when this one is whole months
    /// (a quarter follows a quarter even though their days differ), otherwise as many days.
    /// </summary>
    public static (DateOnly Start, DateOnly End) NextPeriod(DateOnly start, DateOnly end)
    {
        var next = end.AddDays(1);
        if (start.Day == 1 && next.Day == 1)
        {
            var months = (end.Year * 12 + end.Month) - (start.Year * 12 + start.Month) + 1;
            return (next, next.AddMonths(months).AddDays(-1));
        }

        return (next, end.AddDays(end.DayNumber - start.DayNumber + 1));
    }

    /// <summary>
    /// The best quartile of departments' values: the 75th percentile for an <c>increase</c> metric, the 25th for
    /// <c>decrease</c> (linear interpolation between ranks); null without values.
    /// </summary>
    public static double? BestQuartile(IReadOnlyCollection<double> values, KpiDirection direction)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var rank = (direction == KpiDirection.Increase ? 0.75 : 0.25) * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    /// <summary>The better of the old target and the best quartile, and which it was.</summary>
    public static (double? Target, string Source) Target(double? oldTarget, double? bestQuartile, KpiDirection direction)
    {
        var sign = direction == KpiDirection.Increase ? 1 : -1;
        return bestQuartile is { } q && (oldTarget is not { } t || sign * (q - t) > 0)
            ? (q, "best-quartile")
            : (oldTarget, "previous-target");
    }
}
