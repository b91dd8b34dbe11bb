namespace ServiceExcellence.Feedback.Analysis.RecurringIssues;

/// <summary>Words no frequent phrase may contain: Chinese function characters and English function words.</summary>
public sealed class StopWords
{
    private readonly HashSet<char> _chineseChars;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _englishWords;

    public StopWords(IEnumerable<string> words)
    {
        var all = words.ToArray();
        _chineseChars = all.Where(w => w.Length == 1 && TextScript.IsHan(w[0])).Select(w => w[0]).ToHashSet();
        _englishWords = all.Where(w => !TextScript.IsHan(w[0]))
            .ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped <c>Analysis/Lexicons/stopwords.txt</c>, loaded once.</summary>
    public static StopWords Shipped => LazyShipped.Value;

    private static readonly Lazy<StopWords> LazyShipped = new(() => new StopWords(ShippedLexicons.ReadRows("stopwords.txt").Select(r => r[0])));

    public bool ContainsStopChar(ReadOnlySpan<char> chinese)
    {
        foreach (var c in chinese)
        {
            if (_chineseChars.Contains(c))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsStopWord(ReadOnlySpan<char> word) => _englishWords.Contains(word);
}
