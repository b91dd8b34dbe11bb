using ServiceExcellence.Feedback.Analysis.Topics;

namespace ServiceExcellence.Feedback.Tests.Analysis;

public sealed class TopicMatcherTests
{
    private static readonly TopicMatcher Default = new(TopicTaxonomy.Default);

    [Theory]
    [InlineData("排队等了一个多小时，窗口只开了一个", "waiting-time")]
    [InlineData("营业厅里很脏，地上都是垃圾", "cleanliness")]
    [InlineData("快递三天了还没到", "delivery-logistics")]
    [InlineData("APP老是闪退", "digital-channels")]
    [InlineData("柜员态度冷漠", "staff-attitude")]
    [InlineData("I waited on hold for 45 minutes", "waiting-time")]
    [InlineData("The agent was RUDE to me", "staff-attitude")]
    [InlineData("The app keeps crashing when I log in", "digital-channels")]
    [InlineData("I was overcharged on my bill", "price")]
    [InlineData("The parcel arrived damaged", "delivery-logistics")]
    public void A_comment_gets_the_default_topic_of_its_keywords(string comment, string topic) =>
        Assert.Contains(topic, Default.Match(comment));

    [Fact]
    public void A_comment_gets_every_matching_topic_in_taxonomy_order() =>
        Assert.Equal(["waiting-time", "staff-attitude", "cleanliness"], Default.Match("等了很久，服务员态度冷漠，而且地面很脏"));

    [Fact]
    public void English_keywords_match_whole_words_only()
    {
        var matcher = new TopicMatcher(new TopicTaxonomy([new TopicDefinition("price", ["fee"]), new TopicDefinition("app", ["app"])]));

        Assert.Empty(matcher.Match("The coffee was happy-making and I feel appreciated"));
        Assert.Equal(["price", "app"], matcher.Match("A fee for the app?"));
    }

    [Fact]
    public void English_phrases_and_chinese_substrings_match()
    {
        var matcher = new TopicMatcher(new TopicTaxonomy(
            [new TopicDefinition("hold", ["on hold"]), new TopicDefinition("queue", ["排队"])]));

        Assert.Equal(["hold", "queue"], matcher.Match("Kept on hold, 还要排队"));
        Assert.Empty(matcher.Match("hold on, on holiday"));
    }

    [Fact]
    public void A_comment_without_keywords_has_no_topics() => Assert.Empty(Default.Match("谢谢"));
}
