namespace ServiceExcellence.Feedback.Analysis.Topics;

/// <summary>One topic: a slug key such as <c>waiting-time</c> and its Chinese and English keywords.</summary>
public sealed record TopicDefinition(string Key, IReadOnlyList<string> Keywords);

/// <summary>The topics comments are matched against, in the order they are reported.</summary>
public sealed record TopicTaxonomy(IReadOnlyList<TopicDefinition> Topics)
{
    /// <summary>Most topics a taxonomy may have (a comment's matches are kept in a 64-bit set).</summary>
    public const int MaxTopics = 64;

    /// <summary>The shipped default of <c>Analysis/Lexicons/topics.default.txt</c>, loaded once.</summary>
    public static TopicTaxonomy Default => LazyDefault.Value;

    private static readonly Lazy<TopicTaxonomy> LazyDefault = new(() => new TopicTaxonomy(
        ShippedLexicons.ReadRows("topics.default.txt")
            .GroupBy(row => row[0], row => row[1])
            .Select(g => new TopicDefinition(g.Key, g.ToArray()))
            .ToArray()));
}
