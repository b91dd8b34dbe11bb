using ServiceExcellence.Goals.Domain.Goals;

namespace ServiceExcellence.Goals.Tests.Goals;

public sealed class NextPeriodPlannerTests
{
    [Fact]
    public void A_quarter_is_followed_by_the_next_quarter_though_their_days_differ() =>
        Assert.Equal((new DateOnly(2027, 4, 1), new DateOnly(2027, 6, 30)),
            NextPeriodPlanner.NextPeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31)));

    [Fact]
    public void A_period_that_is_not_whole_months_is_followed_by_one_as_many_days_long() =>
        Assert.Equal((new DateOnly(2027, 1, 15), new DateOnly(2027, 1, 28)),
            NextPeriodPlanner.NextPeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 14)));

    [Fact]
    public void The_best_quartile_is_the_75th_percentile_for_increase_and_the_25th_for_decrease()
    {
        double[] values = [70, 80, 90, 100, 60];   // sorted 60 70 80 90 100: ranks 3 and 1

        Assert.Equal(90, NextPeriodPlanner.BestQuartile(values, KpiDirection.Increase));
        Assert.Equal(70, NextPeriodPlanner.BestQuartile(values, KpiDirection.Decrease));
        Assert.Equal(85, NextPeriodPlanner.BestQuartile([80, 90], KpiDirection.Increase)!.Value - 2.5, 9);
        Assert.Null(NextPeriodPlanner.BestQuartile([], KpiDirection.Increase));
    }

    [Theory]
    [InlineData(KpiDirection.Increase, 90, 92, 92, "best-quartile")]
    [InlineData(KpiDirection.Increase, 90, 88, 90, "previous-target")]
    [InlineData(KpiDirection.Decrease, 6, 5, 5, "best-quartile")]
    [InlineData(KpiDirection.Decrease, 6, 7, 6, "previous-target")]
    public void The_proposed_target_is_the_old_one_unless_the_best_quartile_is_better(
        KpiDirection direction, double old, double quartile, double expected, string source) =>
        Assert.Equal((expected, source), NextPeriodPlanner.Target(old, quartile, direction) switch { var (t, s) => (t!.Value, s) });

    [Fact]
    public void A_parent_rolls_up_its_childrens_weighted_attainment_with_its_own_KPIs_as_one_member()
    {
        // (1.0·1 + 0.5·2 + 0.25·1) / 4 = 0.5625; a child never measured is left out.
        Assert.Equal(0.5625, GoalRollup.Attainment(0.25, [(1.0, 1), (0.5, 2), (null, 5)])!.Value, 9);
        Assert.Equal(0.75, GoalRollup.Attainment(null, [(1.0, 1), (0.5, 1)])!.Value, 9);
        Assert.Null(GoalRollup.Attainment(null, []));
    }
}
