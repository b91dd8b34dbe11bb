namespace ServiceExcellence.Feedback.Analysis.Sentiment;

/// <summary>What a lexicon term does to the sentiment of a comment.</summary>
public enum TermKind : byte
{
    /// <summary>Carries a weight in [−1, 1].</summary>
    Sentiment,

    /// <summary>Flips the next sentiment term (不, 没有, not, never …).</summary>
    Negator,

    /// <summary>Multiplies the next sentiment term (很, 非常, very …; a factor below 1 softens: 有点, slightly).</summary>
    Intensifier,

    /// <summary>Down-weights what came before it (但是, but …): the clause after a contrast carries the opinion.</summary>
    Contrast,
}

/// <summary>One entry of the shipped lexicons: its kind and its weight or factor.</summary>
public readonly record struct LexiconTerm(TermKind Kind, float Value);
