namespace ServiceExcellence.Feedback.Analysis;

/// <summary>Sentiment label of DOMAIN §3: negative below −0.2, positive above 0.2, neutral between (inclusive).</summary>
public enum SentimentLabel
{
    Negative,
    Neutral,
    Positive,
}

/// <summary>What text analysis found in one comment: sentiment in [−1, 1], its label, and the matching topics.</summary>
public sealed record CommentAnalysis(double SentimentScore, SentimentLabel SentimentLabel, IReadOnlyList<string> Topics);

/// <summary>Analyses comments in Chinese and English with shipped lexicons and the department's topic taxonomy; no network.</summary>
public interface ICommentAnalyzer
{
    /// <summary>Pure and fast (it runs on the intake path): no I/O per call.</summary>
    CommentAnalysis Analyze(string comment, string departmentCode);
}
