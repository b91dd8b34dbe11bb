using ServiceExcellence.Feedback.Domain.Surveys;
using static ServiceExcellence.Feedback.Domain.Surveys.ServqualDimension;

namespace ServiceExcellence.Feedback.Tests.Surveys;

public sealed class ServqualScoringTests
{
    private const int Precision = 10;

    /// <summary>The worked respondent of these tests and of the API tests.</summary>
    internal static readonly int[] Expectations = [5, 5, 6, 6, /**/ 7, 7, 7, 7, 7, /**/ 6, 6, 6, 6, /**/ 5, 5, 5, 5, /**/ 4, 4, 4, 4, 4];

    internal static readonly int[] Perceptions = [4, 5, 5, 6, /**/ 5, 6, 5, 6, 5, /**/ 6, 5, 6, 4, /**/ 6, 6, 5, 5, /**/ 4, 5, 3, 4, 4];

    [Theory]
    [InlineData(1, Tangibles)]
    [InlineData(4, Tangibles)]
    [InlineData(5, Reliability)]
    [InlineData(9, Reliability)]
    [InlineData(10, Responsiveness)]
    [InlineData(13, Responsiveness)]
    [InlineData(14, Assurance)]
    [InlineData(17, Assurance)]
    [InlineData(18, Empathy)]
    [InlineData(22, Empathy)]
    public void Each_item_belongs_to_its_dimension_of_the_22_item_instrument(int item, ServqualDimension dimension)
    {
        Assert.Equal(dimension, ServqualInstrument.DimensionOf(item));
        Assert.Contains(item, ServqualInstrument.ItemsOf(dimension));
    }

    [Fact]
    public void The_five_dimensions_cover_the_22_items_once_each()
    {
        var items = ServqualInstrument.Dimensions.SelectMany(ServqualInstrument.ItemsOf).ToList();

        Assert.Equal(Enumerable.Range(1, 22), items);
        Assert.Equal([4, 5, 4, 4, 5], ServqualInstrument.Dimensions.Select(d => ServqualInstrument.ItemsOf(d).Count()));
    }

    [Fact]
    public void Gaps_of_a_worked_respondent_match_the_hand_computation()
    {
        // gap = perception − expectation per item, then the mean per dimension:
        //   tangibles      1–4:   P 4 5 5 6 − E 5 5 6 6 = −1  0 −1  0      → −2/4 = −0.5
        //   reliability    5–9:   P 5 6 5 6 5 − E 7×5   = −2 −1 −2 −1 −2   → −8/5 = −1.6
        //   responsiveness 10–13: P 6 5 6 4 − E 6×4     =  0 −1  0 −2      → −3/4 = −0.75
        //   assurance      14–17: P 6 6 5 5 − E 5×4     =  1  1  0  0      →  2/4 =  0.5
        //   empathy        18–22: P 4 5 3 4 4 − E 4×5   =  0  1 −1  0  0   →  0/5 =  0
        // overall = mean of the five dimension gaps = (−0.5 − 1.6 − 0.75 + 0.5 + 0)/5 = −2.35/5 = −0.47
        //   (not the mean of the 22 item gaps, −11/22 = −0.5: each dimension counts equally)
        // weighted, points 10/30/25/20/15 (= 100):
        //   0.10×(−0.5) + 0.30×(−1.6) + 0.25×(−0.75) + 0.20×0.5 + 0.15×0
        //   = −0.05 − 0.48 − 0.1875 + 0.1 + 0 = −0.6175
        var score = ServqualScoring.Score(Expectations, Perceptions, new ServqualWeights(10, 30, 25, 20, 15));

        Assert.Equal([-1, 0, -1, 0, -2, -1, -2, -1, -2, 0, -1, 0, -2, 1, 1, 0, 0, 0, 1, -1, 0, 0], score.ItemGaps);
        Assert.Equal(-0.5, score.DimensionGaps.Tangibles, Precision);
        Assert.Equal(-1.6, score.DimensionGaps.Reliability, Precision);
        Assert.Equal(-0.75, score.DimensionGaps.Responsiveness, Precision);
        Assert.Equal(0.5, score.DimensionGaps.Assurance, Precision);
        Assert.Equal(0.0, score.DimensionGaps.Empathy, Precision);
        Assert.Equal(-0.47, score.OverallGap, Precision);
        Assert.Equal(-0.6175, score.WeightedScore!.Value, Precision);
    }

    [Fact]
    public void Gaps_are_computed_exactly_so_the_answer_shows_the_hand_computed_decimals()
    {
        var score = ServqualScoring.Score(Expectations, Perceptions, new ServqualWeights(10, 30, 25, 20, 15));

        // Exact equality on purpose: the means are computed in decimal, then converted once.
        Assert.Equal(-0.47, score.OverallGap);
        Assert.Equal(-0.6175, score.WeightedScore);
        Assert.Equal("-0.47", score.OverallGap.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Without_weights_there_is_no_weighted_score()
    {
        var score = ServqualScoring.Score(Expectations, Perceptions, weights: null);

        Assert.Null(score.WeightedScore);
        Assert.Equal(-0.47, score.OverallGap, Precision);
    }

    [Fact]
    public void Putting_all_points_on_one_dimension_makes_the_weighted_score_that_dimensions_gap()
    {
        var score = ServqualScoring.Score(Expectations, Perceptions, new ServqualWeights(0, 100, 0, 0, 0));

        Assert.Equal(-1.6, score.WeightedScore!.Value, Precision);
    }

    [Fact]
    public void Scoring_refuses_a_short_list_or_weights_not_summing_to_100()
    {
        Assert.Throws<ArgumentException>(() => ServqualScoring.Score(Expectations[..21], Perceptions, null));
        Assert.Throws<ArgumentException>(() => ServqualScoring.Score(Expectations, Perceptions, new ServqualWeights(10, 30, 25, 20, 14)));
    }
}
