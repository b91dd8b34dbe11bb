using ServiceExcellence.Feedback.Domain.Surveys;
using static ServiceExcellence.Feedback.Domain.Surveys.KanoAnswer;

namespace ServiceExcellence.Feedback.Tests.Surveys;

public sealed class KanoEvaluationTests
{
    // DOMAIN §3, rows functional, columns dysfunctional, both: like, must-be, neutral, live-with, dislike.
    //              like  must-be  neutral  live-with  dislike
    //  like         Q     A        A        A          O
    //  must-be      R     I        I        I          M
    //  neutral      R     I        I        I          M
    //  live-with    R     I        I        I          M
    //  dislike      R     R        R        R          Q
    [Theory]
    [InlineData(Like, Like, 'Q')]
    [InlineData(Like, MustBe, 'A')]
    [InlineData(Like, Neutral, 'A')]
    [InlineData(Like, LiveWith, 'A')]
    [InlineData(Like, Dislike, 'O')]
    [InlineData(MustBe, Like, 'R')]
    [InlineData(MustBe, MustBe, 'I')]
    [InlineData(MustBe, Neutral, 'I')]
    [InlineData(MustBe, LiveWith, 'I')]
    [InlineData(MustBe, Dislike, 'M')]
    [InlineData(Neutral, Like, 'R')]
    [InlineData(Neutral, MustBe, 'I')]
    [InlineData(Neutral, Neutral, 'I')]
    [InlineData(Neutral, LiveWith, 'I')]
    [InlineData(Neutral, Dislike, 'M')]
    [InlineData(LiveWith, Like, 'R')]
    [InlineData(LiveWith, MustBe, 'I')]
    [InlineData(LiveWith, Neutral, 'I')]
    [InlineData(LiveWith, LiveWith, 'I')]
    [InlineData(LiveWith, Dislike, 'M')]
    [InlineData(Dislike, Like, 'R')]
    [InlineData(Dislike, MustBe, 'R')]
    [InlineData(Dislike, Neutral, 'R')]
    [InlineData(Dislike, LiveWith, 'R')]
    [InlineData(Dislike, Dislike, 'Q')]
    public void Each_answer_pair_gets_the_category_of_the_standard_evaluation_table(KanoAnswer functional, KanoAnswer dysfunctional, char expected)
    {
        var category = KanoEvaluation.Classify(functional, dysfunctional);

        Assert.Equal(expected, KanoEvaluation.Letter(category));
    }

    [Fact]
    public void The_letters_name_the_categories_of_the_kano_literature()
    {
        Assert.Equal("MOAIRQ", string.Concat(Enum.GetValues<KanoCategory>().Select(KanoEvaluation.Letter)));
        Assert.Equal(KanoCategory.Attractive, KanoEvaluation.Classify(Like, Neutral));
        Assert.Equal(KanoCategory.OneDimensional, KanoEvaluation.Classify(Like, Dislike));
        Assert.Equal(KanoCategory.MustBe, KanoEvaluation.Classify(Neutral, Dislike));
    }

    [Fact]
    public void An_answer_outside_the_scale_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KanoEvaluation.Classify((KanoAnswer)5, Like));
        Assert.Throws<ArgumentOutOfRangeException>(() => KanoEvaluation.Classify(Like, (KanoAnswer)(-1)));
    }
}
