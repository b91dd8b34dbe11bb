using ServiceExcellence.Feedback.Analysis.Sentiment;
using ServiceExcellence.Feedback.Analysis.Topics;

namespace ServiceExcellence.Feedback.Analysis;

/// <summary>
/// <see cref="ICommentAnalyzer"/> from the shipped lexicons and the in-memory taxonomy snapshot: pure CPU work, a few
/// microseconds per comment, allocating only the topic list.
/// </summary>
public sealed class LexiconCommentAnalyzer(SentimentScorer scorer, TopicTaxonomyCatalog taxonomies) : ICommentAnalyzer
{
    public CommentAnalysis Analyze(string comment, string departmentCode)
    {
        var score = Math.Round(scorer.Score(comment), 4);
        return new CommentAnalysis(score, SentimentLabels.FromScore(score), taxonomies.For(departmentCode).Match(comment));
    }
}
