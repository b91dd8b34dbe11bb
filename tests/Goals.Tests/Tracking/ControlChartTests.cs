using ServiceExcellence.Goals.Alerts;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Tracking;

namespace ServiceExcellence.Goals.Tests.Tracking;

/// <summary>
/// Hand-computed charts. XmR baseline 10, 12, 11, 13, 14: X̄ = 12, moving ranges 2, 1, 2, 1 so MR̄ = 1.5, limits
/// 12 ± 2.66·1.5 = 8.01 … 15.99 and σ = 1.33. p-chart baseline 90, 80, 85, 88, 82 % of 100 answers each: p̄ = 425/500 = 85 %,
/// σ at n = 100 is 100·√(0.85·0.15/100) = 3.5707, at n = 400 it is 1.7854.
/// </summary>
public sealed class ControlChartTests
{
    private static readonly double[] Baseline = [10, 12, 11, 13, 14];

    private static readonly ControlChart XmR = ControlChart.XmR(Baseline);

    [Fact]
    public void XmR_limits_are_the_mean_plus_or_minus_2_66_mean_moving_ranges()
    {
        Assert.Equal(12, XmR.Centre, 9);
        Assert.Equal(8.01, XmR.Limits(null).Lower, 9);
        Assert.Equal(15.99, XmR.Limits(null).Upper, 9);
        Assert.Equal(1.33, XmR.SigmaAt(null), 9);
    }

    [Fact]
    public void P_chart_limits_narrow_as_the_sample_grows()
    {
        var chart = ControlChart.PChart([.. new double[] { 90, 80, 85, 88, 82 }.Select(v => new ChartPoint(v, 100))]);

        Assert.Equal(85, chart.Centre, 9);
        Assert.Equal(85 - 3 * 3.5707142, chart.Limits(100).Lower, 5);
        Assert.Equal(85 + 3 * 3.5707142, chart.Limits(100).Upper, 5);
        Assert.Equal(85 - 3 * 1.7853571, chart.Limits(400).Lower, 5);
        Assert.Equal(WesternElectricRule.Beyond3Sigma, WesternElectric.Check(chart, [new ChartPoint(78, 400)], KpiDirection.Increase));
        Assert.Null(WesternElectric.Check(chart, [new ChartPoint(78, 100)], KpiDirection.Increase));
    }

    public static TheoryData<string, double[], WesternElectricRule?> Series() => new()
    {
        { "in control", [11.5, 12.5, 11], null },
        { "one point below 8.01 (z = −3.08)", [7.9], WesternElectricRule.Beyond3Sigma },
        { "9.0 and 9.2 below 9.34 within three", [9.0, 11.0, 9.2], WesternElectricRule.TwoOfThreeBeyond2Sigma },
        { "four of five below 10.67", [10.5, 10.4, 12.5, 10.3, 10.2], WesternElectricRule.FourOfFiveBeyond1Sigma },
        { "eight in a row below 12", [11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5], WesternElectricRule.EightOnOneSide },
        { "seven in a row below 12 (the eighth back is 14)", [11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5], null },
        { "far out on the good side", [16.5], null },
        { "the pattern ended before the latest point", [9.0, 9.1, 12.5], null },
    };

    [Theory]
    [MemberData(nameof(Series))]
    public void Each_Western_Electric_rule_is_found_on_the_latest_point(string series, double[] after, WesternElectricRule? expected)
    {
        var points = Baseline.Concat(after).Select(v => new ChartPoint(v, null)).ToList();

        Assert.True(expected == WesternElectric.Check(XmR, points, KpiDirection.Increase), series);
    }

    [Fact]
    public void For_a_decrease_KPI_the_bad_side_is_above_the_centre()
    {
        var points = Baseline.Append(16.5).Select(v => new ChartPoint(v, null)).ToList();

        Assert.Equal(WesternElectricRule.Beyond3Sigma, WesternElectric.Check(XmR, points, KpiDirection.Decrease));
    }

    [Fact]
    public void Only_rule_1_is_critical()
    {
        Assert.True(WesternElectricRule.Beyond3Sigma.IsCritical());
        Assert.False(WesternElectricRule.TwoOfThreeBeyond2Sigma.IsCritical());
        Assert.False(WesternElectricRule.FourOfFiveBeyond1Sigma.IsCritical());
        Assert.False(WesternElectricRule.EightOnOneSide.IsCritical());
    }

    [Fact]
    public void No_chart_is_drawn_before_the_baseline_window_is_full()
    {
        var points = Baseline.Select(v => new ChartPoint(v, null)).ToList();

        Assert.Null(AlertRules.ChartFor(points, window: 6, usePChart: false));
        Assert.Equal(12, AlertRules.ChartFor(points, window: 5, usePChart: false)!.Centre, 9);
    }
}
