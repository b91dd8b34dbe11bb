using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Tracking;
using ServiceExcellence.Goals.Tracking;

namespace ServiceExcellence.Goals.Tests.Tracking;

public sealed class KpiEvaluationTests
{
    [Theory]
    [InlineData(80, 0.0)]      // on the baseline
    [InlineData(85, 0.5)]
    [InlineData(90, 1.0)]      // on the target
    [InlineData(95, 1.5)]      // beyond the target: 1.5 exactly
    [InlineData(99, 1.5)]      // clamped above
    [InlineData(70, 0.0)]      // worse than the baseline: clamped below
    public void Attainment_of_an_increase_KPI_runs_from_baseline_to_target_and_is_clamped(double actual, double expected) =>
        Assert.Equal(expected, KpiEvaluation.Attainment(KpiDirection.Increase, baseline: 80, target: 90, actual)!.Value, 9);

    [Theory]
    [InlineData(10, 0.0)]
    [InlineData(8, 0.5)]
    [InlineData(6, 1.0)]
    [InlineData(4, 1.5)]
    [InlineData(1, 1.5)]
    [InlineData(12, 0.0)]
    public void Attainment_of_a_decrease_KPI_runs_from_baseline_down_to_target_and_is_clamped(double actual, double expected) =>
        Assert.Equal(expected, KpiEvaluation.Attainment(KpiDirection.Decrease, baseline: 10, target: 6, actual)!.Value, 9);

    [Fact]
    public void A_target_equal_to_the_baseline_has_no_attainment() =>
        Assert.Null(KpiEvaluation.Attainment(KpiDirection.Increase, 5, 5, 7));

    [Theory]
    [InlineData(90, KpiStatus.OnTrack)]
    [InlineData(85, KpiStatus.OnTrack)]    // exactly on the warning threshold
    [InlineData(84.99, KpiStatus.AtRisk)]
    [InlineData(80, KpiStatus.AtRisk)]     // exactly on the critical threshold
    [InlineData(79.99, KpiStatus.OffTrack)]
    public void Status_of_an_increase_KPI_at_its_thresholds(double actual, KpiStatus expected) =>
        Assert.Equal(expected, KpiEvaluation.Status(KpiDirection.Increase, warningThreshold: 85, criticalThreshold: 80, actual));

    [Theory]
    [InlineData(4, KpiStatus.OnTrack)]
    [InlineData(8, KpiStatus.OnTrack)]     // exactly on the warning threshold
    [InlineData(8.01, KpiStatus.AtRisk)]
    [InlineData(12, KpiStatus.AtRisk)]     // exactly on the critical threshold
    [InlineData(12.01, KpiStatus.OffTrack)]
    public void Status_of_a_decrease_KPI_at_its_thresholds(double actual, KpiStatus expected) =>
        Assert.Equal(expected, KpiEvaluation.Status(KpiDirection.Decrease, warningThreshold: 8, criticalThreshold: 12, actual));

    [Theory]
    [InlineData(KpiDirection.Increase, 90, true)]
    [InlineData(KpiDirection.Increase, 89.9, false)]
    [InlineData(KpiDirection.Decrease, 6, true)]
    [InlineData(KpiDirection.Decrease, 6.1, false)]
    public void The_target_is_met_exactly_on_it(KpiDirection direction, double actual, bool met) =>
        Assert.Equal(met, KpiEvaluation.MeetsTarget(direction, direction == KpiDirection.Increase ? 90 : 6, actual));

    [Theory]
    [InlineData("csat", 29L, null, true)]
    [InlineData("csat", 30L, null, false)]
    [InlineData("csat", 9L, 10, true)]
    [InlineData("csat", null, null, true)]
    [InlineData("csat-avg", 1L, null, false)]   // a mean, not a proportion: no minimum
    public void Only_proportions_below_their_minimum_sample_are_too_thin_to_judge(string metric, long? n, int? minimum, bool tooFew) =>
        Assert.Equal(tooFew, KpiEvaluation.HasTooFewAnswers(metric, n, minimum));

    [Fact]
    public void The_best_improvement_compares_points_one_period_apart() =>
        // Three steps apart: 1→3 is +2 and 2→6 is +4.
        Assert.Equal(4, AchievabilityHistory.BestImprovement([1, 2, 4, 3, 6], 3, KpiDirection.Increase));

    [Fact]
    public void Without_a_pair_of_points_one_period_apart_there_is_no_history() =>
        Assert.Null(AchievabilityHistory.BestImprovement([1, 2, null], 2, KpiDirection.Increase));
}
