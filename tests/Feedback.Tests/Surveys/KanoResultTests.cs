using ServiceExcellence.Feedback.Domain.Surveys;
using static ServiceExcellence.Feedback.Domain.Surveys.KanoCategory;

namespace ServiceExcellence.Feedback.Tests.Surveys;

public sealed class KanoResultTests
{
    private const int Precision = 10;

    [Fact]
    public void The_most_frequent_category_wins_and_nothing_is_reported_as_tied()
    {
        var result = KanoFeatureResult.From("f", new KanoCounts(A: 2, O: 1, M: 5, I: 0, R: 0, Q: 1));

        Assert.Equal(MustBe, result.Category);
        Assert.Empty(result.TiedWith);
    }

    // DOMAIN §3: ties broken in the order M > O > A > I; the losers are reported in that order too.
    [Theory]
    [InlineData(0, 3, 3, 0, MustBe, new[] { OneDimensional })] // M = O
    [InlineData(3, 3, 1, 0, OneDimensional, new[] { Attractive })] // O = A
    [InlineData(2, 0, 0, 2, Attractive, new[] { Indifferent })] // A = I
    [InlineData(4, 4, 4, 4, MustBe, new[] { OneDimensional, Attractive, Indifferent })] // M = O = A = I
    [InlineData(2, 0, 2, 2, MustBe, new[] { Attractive, Indifferent })] // M = A = I, O lower
    public void Ties_are_broken_must_be_before_one_dimensional_before_attractive_before_indifferent_and_reported(
        int a, int o, int m, int i, KanoCategory expected, KanoCategory[] tiedWith)
    {
        var result = KanoFeatureResult.From("f", new KanoCounts(a, o, m, i, R: 0, Q: 0));

        Assert.Equal(expected, result.Category);
        Assert.Equal(tiedWith, result.TiedWith);
    }

    [Fact]
    public void Reverse_or_questionable_can_be_the_category_and_they_rank_after_indifferent_reverse_before_questionable()
    {
        var reverse = KanoFeatureResult.From("f", new KanoCounts(A: 1, O: 0, M: 0, I: 1, R: 3, Q: 0));
        var tiedWithIndifferent = KanoFeatureResult.From("f", new KanoCounts(A: 0, O: 0, M: 0, I: 2, R: 2, Q: 2));
        var reverseAndQuestionable = KanoFeatureResult.From("f", new KanoCounts(A: 1, O: 0, M: 0, I: 0, R: 2, Q: 2));
        var questionable = KanoFeatureResult.From("f", new KanoCounts(A: 0, O: 0, M: 0, I: 0, R: 0, Q: 1));

        Assert.Equal(Reverse, reverse.Category);
        Assert.Equal(Indifferent, tiedWithIndifferent.Category);
        Assert.Equal([Reverse, Questionable], tiedWithIndifferent.TiedWith);
        Assert.Equal(Reverse, reverseAndQuestionable.Category);
        Assert.Equal([Questionable], reverseAndQuestionable.TiedWith);
        Assert.Equal(Questionable, questionable.Category);
    }

    [Fact]
    public void Better_and_worse_follow_berger_on_a_worked_study_computed_by_hand()
    {
        // 12 respondents answered two features; their answer pairs classify as:
        //   fast delivery: A A A O O O O M M I R Q  → A=3 O=4 M=2 I=1 R=1 Q=1
        //     category O (4 is the most frequent, no tie)
        //     better = (A+O)/(A+O+M+I) = (3+4)/(3+4+2+1) = 7/10 = 0.7
        //     worse  = −(O+M)/(A+O+M+I) = −(4+2)/10 = −0.6          (R and Q are not in the denominator)
        //   free wi-fi:    A A A A A O I I I I I R  → A=5 O=1 M=0 I=5 R=1 Q=0
        //     category A, tied with I (5 each; A ranks before I)
        //     better = (5+1)/(5+1+0+5) = 6/11 ≈ 0.545454…
        //     worse  = −(1+0)/11 = −1/11 ≈ −0.090909…
        var sheets = new[] { ("Fast delivery", "AAAOOOOMMIRQ"), ("Free Wi-Fi", "AAAAAOIIIIIR") };
        var tallies = sheets.SelectMany(sheet => sheet.Item2.Select(letter =>
        {
            var (functional, dysfunctional) = KanoSheets.PairFor(letter);
            return (sheet.Item1, KanoEvaluation.Classify(functional, dysfunctional), 1);
        }));

        var results = KanoResults.Compute(["Fast delivery", "Free Wi-Fi"], tallies);

        var first = results[0];
        Assert.Equal(new KanoCounts(3, 4, 2, 1, 1, 1), first.Counts);
        Assert.Equal(12, first.Respondents);
        Assert.Equal(OneDimensional, first.Category);
        Assert.Empty(first.TiedWith);
        Assert.Equal(0.7, first.Better!.Value, Precision);
        Assert.Equal(-0.6, first.Worse!.Value, Precision);

        var second = results[1];
        Assert.Equal(new KanoCounts(5, 1, 0, 5, 1, 0), second.Counts);
        Assert.Equal(Attractive, second.Category);
        Assert.Equal([Indifferent], second.TiedWith);
        Assert.Equal(6.0 / 11, second.Better!.Value, Precision);
        Assert.Equal(-1.0 / 11, second.Worse!.Value, Precision);
    }

    [Fact]
    public void A_feature_that_is_only_attractive_has_worse_zero_not_negative_zero()
    {
        var result = KanoFeatureResult.From("f", new KanoCounts(A: 4, O: 0, M: 0, I: 0, R: 0, Q: 0));

        Assert.Equal(1.0, result.Better);
        Assert.Equal(0.0, result.Worse);
        Assert.False(double.IsNegative(result.Worse!.Value));
    }

    [Fact]
    public void A_feature_without_respondents_has_no_category_and_no_coefficients()
    {
        var result = KanoResults.Compute(["Nobody asked"], []).Single();

        Assert.Null(result.Category);
        Assert.Empty(result.TiedWith);
        Assert.Equal(0, result.Respondents);
        Assert.Null(result.Better);
        Assert.Null(result.Worse);
    }

    [Fact]
    public void Better_and_worse_are_null_when_every_answer_is_reverse_or_questionable()
    {
        var result = KanoFeatureResult.From("f", new KanoCounts(A: 0, O: 0, M: 0, I: 0, R: 2, Q: 1));

        Assert.Equal(Reverse, result.Category);
        Assert.Equal(3, result.Respondents);
        Assert.Null(result.Better);
        Assert.Null(result.Worse);
    }
}
