using ServiceExcellence.Feedback.Analysis.RecurringIssues;

namespace ServiceExcellence.Feedback.Tests.Analysis;

public sealed class PhraseCounterTests
{
    [Fact]
    public void Phrases_are_counted_once_per_comment_in_their_window()
    {
        var counter = new PhraseCounter(StopWords.Shipped);
        counter.Add("验证码收不到，验证码收不到！", recent: true);
        counter.Add("验证码收不到", recent: true);
        counter.Add("验证码收不到", recent: false);

        var counts = counter.Frequent(2).ToDictionary(c => c.Key);

        Assert.Equal(new KeyCount("验证码", 2, 1), counts["验证码"]);
        Assert.Equal(2, counter.RecentComments);
        Assert.Equal(1, counter.BaselineComments);
    }

    [Fact]
    public void Phrases_with_stop_words_are_skipped_and_english_bigrams_stay_inside_a_clause()
    {
        var counter = new PhraseCounter(StopWords.Shipped);
        counter.Add("The card reader is broken. Reader broken again, 我的卡", recent: true);

        var phrases = counter.Frequent(1).Select(c => c.Key).ToHashSet();

        Assert.Contains("card reader", phrases);
        Assert.Contains("reader broken", phrases);
        Assert.DoesNotContain("the card", phrases);
        Assert.DoesNotContain("broken reader", phrases);
        Assert.DoesNotContain("我的", phrases);
    }

    [Fact]
    public void Overlapping_phrase_findings_collapse_into_the_longest()
    {
        var kept = PhraseFindings.KeepDistinct([
            new RecurringIssueFinding("验证", 9, 0.9, 0), new RecurringIssueFinding("验证码", 9, 0.9, 0),
            new RecurringIssueFinding("证码", 8, 0.8, 0), new RecurringIssueFinding("闪退", 6, 0.6, 0)]);

        Assert.Equal(["验证码", "闪退"], kept.Select(f => f.Key));
    }
}
