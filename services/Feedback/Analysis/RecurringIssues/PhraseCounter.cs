namespace ServiceExcellence.Feedback.Analysis.RecurringIssues;

/// <summary>
/// Counts the candidate phrases of negative comments, once per comment: Chinese character bigrams and trigrams inside
/// runs of Han characters, English word bigrams inside a clause; a phrase with a stop-word is skipped. Only the first
/// <see cref="MaxCommentChars"/> characters of a comment are read, so the cost is bounded by the sample size.
/// </summary>
public sealed class PhraseCounter(StopWords stopWords)
{
    public const int MaxCommentChars = 1000;

    private readonly Dictionary<string, (int Recent, int Baseline)> _counts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inComment = new(StringComparer.Ordinal);

    /// <summary>Comments added per window; the shares' denominators for phrases.</summary>
    public int RecentComments { get; private set; }

    public int BaselineComments { get; private set; }

    public void Add(string comment, bool recent)
    {
        var text = comment.AsSpan(0, Math.Min(comment.Length, MaxCommentChars));
        _inComment.Clear();
        CollectChinese(text);
        CollectEnglish(text);
        foreach (var phrase in _inComment)
        {
            var (r, b) = _counts.GetValueOrDefault(phrase);
            _counts[phrase] = recent ? (r + 1, b) : (r, b + 1);
        }

        if (recent)
        {
            RecentComments++;
        }
        else
        {
            BaselineComments++;
        }
    }

    /// <summary>The phrases found in at least <paramref name="minimumRecent"/> recent comments.</summary>
    public IEnumerable<KeyCount> Frequent(int minimumRecent) =>
        _counts.Where(p => p.Value.Recent >= minimumRecent).Select(p => new KeyCount(p.Key, p.Value.Recent, p.Value.Baseline));

    private void CollectChinese(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            for (var n = 2; n <= 3 && i + n <= text.Length; n++)
            {
                var gram = text.Slice(i, n);
                if (!AllHan(gram) || stopWords.ContainsStopChar(gram))
                {
                    break;
                }

                _inComment.Add(gram.ToString());
            }
        }
    }

    private void CollectEnglish(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> previous = default;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                if (TextScript.IsClauseBreak(text[i]) || TextScript.IsHan(text[i]))
                {
                    previous = default;
                }

                i++;
                continue;
            }

            var word = TextScript.ReadWord(text, i, out i);
            if (stopWords.IsStopWord(word) || !word.ContainsAnyExcept("0123456789"))
            {
                previous = default;
                continue;
            }

            if (!previous.IsEmpty)
            {
                _inComment.Add(string.Concat(previous, " ", word).ToLowerInvariant());
            }

            previous = word;
        }
    }

    private static bool AllHan(ReadOnlySpan<char> gram)
    {
        foreach (var c in gram)
        {
            if (!TextScript.IsHan(c))
            {
                return false;
            }
        }

        return true;
    }
}
