namespace ServiceExcellence.Feedback.Analysis.Sentiment;

/// <summary>The thresholds of DOMAIN §3 that turn a score into a label.</summary>
public static class SentimentLabels
{
    public const double NegativeBelow = -0.2;
    public const double PositiveAbove = 0.2;

    public static SentimentLabel FromScore(double score) => score switch
    {
        < NegativeBelow => SentimentLabel.Negative,
        > PositiveAbove => SentimentLabel.Positive,
        _ => SentimentLabel.Neutral,
    };
}
