using ServiceExcellence.Feedback.Analysis;
using ServiceExcellence.Feedback.Analysis.Sentiment;

namespace ServiceExcellence.Feedback.Tests.Analysis;

public sealed class SentimentScorerTests
{
    private static readonly SentimentScorer Scorer = new(SentimentLexicon.Shipped);

    private static double Score(string text) => Scorer.Score(text);

    private static SentimentLabel Label(string text) => SentimentLabels.FromScore(Score(text));

    [Theory]
    [InlineData("满意")]
    [InlineData("服务很好")]
    [InlineData("The staff were helpful")]
    public void Plain_positive_words_score_positive(string text) => Assert.Equal(SentimentLabel.Positive, Label(text));

    [Theory]
    [InlineData("不满意")]
    [InlineData("非常不满意")]
    [InlineData("服务不好")]
    [InlineData("The agent was not helpful")]
    [InlineData("The agent wasn't helpful")]
    [InlineData("I didn't like it, never again")]
    public void A_negated_positive_scores_negative(string text) => Assert.Equal(SentimentLabel.Negative, Label(text));

    [Fact]
    public void Not_very_good_is_negative_but_weaker_than_not_good()
    {
        Assert.InRange(Score("不太好"), Score("不好") + 0.01, -0.2);
        Assert.InRange(Score("not very good"), Score("not good") + 0.01, -0.2);
    }

    [Theory]
    [InlineData("没有问题")]
    [InlineData("没有遇到任何问题")]
    [InlineData("not bad")]
    [InlineData("It was not too bad")]
    public void A_negated_negative_is_mildly_positive(string text) => Assert.InRange(Score(text), 0.2, 0.6);

    [Fact]
    public void Never_again_is_a_negative_phrase() => Assert.True(Score("Never again.") < -0.5);

    [Fact]
    public void Intensifiers_strengthen_and_softeners_weaken()
    {
        Assert.True(Score("非常满意") > Score("满意"));
        Assert.True(Score("特别慢") < Score("慢"));
        Assert.True(Score("very slow") < Score("slow"));
        Assert.True(Score("extremely rude") < Score("rude"));
        Assert.True(Score("有点慢") > Score("慢"));
        Assert.True(Score("slightly slow") > Score("slow"));
    }

    [Fact]
    public void An_intensifier_before_a_negation_amplifies_it() => Assert.True(Score("太不专业了") < Score("不专业"));

    [Theory]
    [InlineData("The staff were friendly but the wait was terrible.", SentimentLabel.Negative)]
    [InlineData("等的时间有点长，但是工作人员非常热情", SentimentLabel.Positive)]
    public void The_clause_after_a_contrast_carries_the_opinion(string text, SentimentLabel expected) =>
        Assert.Equal(expected, Label(text));

    [Fact]
    public void Negation_stops_at_clause_punctuation() => Assert.Equal(SentimentLabel.Positive, Label("没有排队，很快"));

    [Theory]
    [InlineData("")]
    [InlineData("订单号 2026112201")]
    [InlineData("请问周末几点开门？")]
    [InlineData("I moved house last month.")]
    public void Text_without_opinion_is_neutral(string text) => Assert.Equal(SentimentLabel.Neutral, Label(text));

    [Fact]
    public void Words_that_merely_contain_a_negator_are_not_negations()
    {
        Assert.Equal(SentimentLabel.Positive, Label("不错"));
        Assert.Equal(SentimentLabel.Neutral, Label("快递放在门口了"));
    }

    [Fact]
    public void The_score_stays_within_minus_one_and_one()
    {
        var praise = string.Concat(Enumerable.Repeat("非常满意，太棒了！excellent, amazing! ", 200));
        var anger = string.Concat(Enumerable.Repeat("极差，垃圾服务！terrible, awful! ", 200));

        Assert.InRange(Score(praise), 0.9, 1);
        Assert.InRange(Score(anger), -1, -0.9);
    }

    [Fact]
    public void Mixed_chinese_and_english_comments_use_both_lexicons() =>
        Assert.Equal(SentimentLabel.Negative, Label("APP 老是 crash，太差劲了"));

    [Fact]
    public void Curly_apostrophes_negate_like_straight_ones() => Assert.Equal(Score("doesn't work"), Score("doesn\u2019t work"));
}
