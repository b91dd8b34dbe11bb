using ServiceExcellence.Goals.Domain.Goals;

namespace ServiceExcellence.Goals.Domain.Tracking;

/// <summary>
/// Checks the latest point of a control chart against the Western Electric rules. Only the unfavourable side counts
/// (below the centre for an <c>increase</c> KPI, above it for <c>decrease</c>): a run of improvements is good news, not a
/// warning. The latest point must itself be part of the pattern, so one signal is raised once, not again on every later point.
/// </summary>
public static class WesternElectric
{
    /// <summary>The first rule the latest point breaks, or null.</summary>
    public static WesternElectricRule? Check(ControlChart chart, IReadOnlyList<ChartPoint> points, KpiDirection direction)
    {
        if (points.Count == 0)
        {
            return null;
        }

        // Positive z means "worse" from here on, whichever way the KPI improves.
        var worse = direction == KpiDirection.Increase ? -1 : 1;
        var z = points.Select(p => worse * chart.ZScore(p)).ToList();
        var latest = z[^1];

        if (latest > 3)
        {
            return WesternElectricRule.Beyond3Sigma;
        }

        if (latest > 2 && Last(z, 3).Count(v => v > 2) >= 2)
        {
            return WesternElectricRule.TwoOfThreeBeyond2Sigma;
        }

        if (latest > 1 && Last(z, 5).Count(v => v > 1) >= 4)
        {
            return WesternElectricRule.FourOfFiveBeyond1Sigma;
        }

        if (z.Count >= 8 && Last(z, 8).All(v => v > 0))
        {
            return WesternElectricRule.EightOnOneSide;
        }

        return null;
    }

    /// <summary>Rule 1 is critical; the others are early warnings of a shift.</summary>
    public static bool IsCritical(this WesternElectricRule rule) => rule == WesternElectricRule.Beyond3Sigma;

    private static IEnumerable<double> Last(List<double> z, int count) => z.Skip(Math.Max(0, z.Count - count));
}
