namespace ServiceExcellence.Feedback.Analysis.Sentiment;

/// <summary>
/// Lexicon-based sentiment of a Chinese and/or English comment in one pass without allocating. Each sentiment term
/// adds its weight, changed by the modifiers just before it in the same clause:
/// <list type="bullet">
/// <item>an intensifier multiplies it (很满意 = 1.5 × 满意; 有点慢 softens);</item>
/// <item>a negator flips a positive term to −0.85 × (不满意, not helpful) and a negative one to −0.7 × (not bad,
/// 没有问题: mildly positive); an intensifier <em>after</em> the negator weakens the negation to −0.4 × (不太好, not very
/// good), while one before it amplifies (非常不专业);</item>
/// <item>a contrast (但是, but) multiplies everything before it by its factor, so the clause after it dominates.</item>
/// </list>
/// Modifiers reach at most <see cref="Reach"/> tokens (a Han character or an English word) and stop at clause punctuation.
/// The sum S is normalised to S / √(S² + 1): one moderate term (±0.6) gives ±0.51, two strong ones ±0.89, and the
/// score stays inside (−1, 1) without clamping.
/// </summary>
public sealed class SentimentScorer(SentimentLexicon lexicon)
{
    /// <summary>How many tokens a negator or intensifier reaches forward.</summary>
    public const int Reach = 4;

    private const int MaxPhraseKey = 64;

    public double Score(ReadOnlySpan<char> text)
    {
        var modifiers = Modifiers.None;
        var sum = 0d;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (TextScript.IsHan(c))
            {
                var runEnd = i + 1;
                while (runEnd < text.Length && TextScript.IsHan(text[runEnd]))
                {
                    runEnd++;
                }

                while (i < runEnd)
                {
                    if (lexicon.TryMatchChinese(text[i..runEnd], out var term, out var length))
                    {
                        Apply(term, ref modifiers, ref sum);
                        i += length;
                    }
                    else
                    {
                        modifiers = modifiers.Skipped();
                        i++;
                    }
                }
            }
            else if (TextScript.IsWordChar(c))
            {
                i = ReadEnglish(text, i, ref modifiers, ref sum);
            }
            else
            {
                if (TextScript.IsClauseBreak(c))
                {
                    modifiers = Modifiers.None;
                }

                i++;
            }
        }

        return sum / Math.Sqrt(sum * sum + 1);
    }

    /// <summary>Reads a word (or the longest lexicon phrase starting with it) and returns the index after it.</summary>
    private int ReadEnglish(ReadOnlySpan<char> text, int start, ref Modifiers modifiers, ref double sum)
    {
        var read = TextScript.ReadWord(text, start, out var end);
        if (read.IsEmpty || read.Length > MaxPhraseKey)
        {
            return end;
        }

        // The lexicons spell apostrophes straight; phone keyboards often type the curly one.
        Span<char> word = stackalloc char[read.Length];
        read.Replace(word, '\u2019', '\'');

        if (lexicon.StartsPhrase(word) && TryMatchPhrase(text, word, end, out var phrase, out var phraseEnd))
        {
            Apply(phrase, ref modifiers, ref sum);
            return phraseEnd;
        }

        if (lexicon.TryMatchEnglish(word, out var term))
        {
            Apply(term, ref modifiers, ref sum);
        }
        else if (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase))
        {
            Apply(new LexiconTerm(TermKind.Negator, 1), ref modifiers, ref sum);
        }
        else
        {
            modifiers = modifiers.Skipped();
        }

        return end;
    }

    /// <summary>Tries "w1 w2 w3", then "w1 w2", with the words as written after the first, joined by single spaces.</summary>
    private bool TryMatchPhrase(ReadOnlySpan<char> text, ReadOnlySpan<char> first, int afterFirst, out LexiconTerm term, out int end)
    {
        Span<char> key = stackalloc char[MaxPhraseKey];
        Span<int> ends = stackalloc int[3];
        Span<int> keyLengths = stackalloc int[3];
        first.CopyTo(key);
        var length = first.Length;
        var words = 1;
        var position = afterFirst;
        while (words < 3)
        {
            var next = position;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (next == position || next >= text.Length || !TextScript.IsWordChar(text[next]))
            {
                break;
            }

            var word = TextScript.ReadWord(text, next, out position);
            if (word.IsEmpty || length + 1 + word.Length > MaxPhraseKey)
            {
                break;
            }

            key[length++] = ' ';
            word.CopyTo(key[length..]);
            key.Slice(length, word.Length).Replace('\u2019', '\'');
            length += word.Length;
            ends[words] = position;
            keyLengths[words] = length;
            words++;
        }

        for (var w = words - 1; w >= 1; w--)
        {
            if (lexicon.TryMatchEnglish(key[..keyLengths[w]], out term))
            {
                end = ends[w];
                return true;
            }
        }

        term = default;
        end = afterFirst;
        return false;
    }

    private static void Apply(LexiconTerm term, ref Modifiers modifiers, ref double sum)
    {
        switch (term.Kind)
        {
            case TermKind.Negator:
                modifiers = modifiers with { Negated = true, Weakened = false, Distance = 0 };
                break;
            case TermKind.Intensifier when modifiers.Negated && term.Value > 1:
                modifiers = modifiers with { Weakened = true, Distance = 0 };
                break;
            case TermKind.Intensifier:
                modifiers = modifiers with { Factor = modifiers.Factor * term.Value, Distance = 0 };
                break;
            case TermKind.Contrast:
                sum *= term.Value;
                modifiers = Modifiers.None;
                break;
            case TermKind.Sentiment when term.Value == 0:
                modifiers = modifiers.Skipped();
                break;
            case TermKind.Sentiment:
                double weight = term.Value;
                if (modifiers.Negated)
                {
                    weight *= modifiers.Weakened ? -0.4 : weight > 0 ? -0.85 : -0.7;
                }

                sum += weight * modifiers.Factor;
                modifiers = Modifiers.None;
                break;
        }
    }

    /// <summary>The negation and intensity waiting for the next sentiment term.</summary>
    private readonly record struct Modifiers(bool Negated, bool Weakened, double Factor, int Distance)
    {
        public static Modifiers None => new(false, false, 1, 0);

        public Modifiers Skipped() => Distance + 1 > Reach ? None : this with { Distance = Distance + 1 };
    }
}
