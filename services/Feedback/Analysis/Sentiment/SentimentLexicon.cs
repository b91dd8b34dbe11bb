namespace ServiceExcellence.Feedback.Analysis.Sentiment;

/// <summary>
/// The shipped Chinese and English terms, indexed for allocation-free lookups by span: Chinese by forward maximum
/// matching (the longest term starting at a position wins), English by word or phrase of up to three words.
/// </summary>
public sealed class SentimentLexicon
{
    private const int FirstHan = 0x3400;
    private const int LastHan = 0x9FFF;

    private readonly Dictionary<string, LexiconTerm>.AlternateLookup<ReadOnlySpan<char>> _chinese;
    private readonly Dictionary<string, LexiconTerm>.AlternateLookup<ReadOnlySpan<char>> _english;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _phraseStarts;

    // Longest Chinese term per first character, so most characters cost one array read and no hash lookup.
    private readonly byte[] _longestByFirstHan = new byte[LastHan - FirstHan + 1];

    public SentimentLexicon(IEnumerable<KeyValuePair<string, LexiconTerm>> terms)
    {
        var chinese = new Dictionary<string, LexiconTerm>(StringComparer.Ordinal);
        var english = new Dictionary<string, LexiconTerm>(StringComparer.OrdinalIgnoreCase);
        var phraseStarts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (term, value) in terms)
        {
            if (TextScript.IsHan(term[0]))
            {
                Add(chinese, term, value);
                ref var longest = ref _longestByFirstHan[term[0] - FirstHan];
                longest = (byte)Math.Max(longest, Math.Min(term.Length, byte.MaxValue));
            }
            else
            {
                Add(english, term.Replace('\u2019', '\''), value);
                if (term.IndexOf(' ') is var space and > 0)
                {
                    phraseStarts.Add(term[..space]);
                }
            }
        }

        _chinese = chinese.GetAlternateLookup<ReadOnlySpan<char>>();
        _english = english.GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseStarts = phraseStarts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicons shipped in <c>Analysis/Lexicons</c>, loaded once.</summary>
    public static SentimentLexicon Shipped => LazyShipped.Value;

    private static readonly Lazy<SentimentLexicon> LazyShipped = new(LoadShipped);

    /// <summary>The longest Chinese term at the start of <paramref name="han"/> (a run of Han characters).</summary>
    public bool TryMatchChinese(ReadOnlySpan<char> han, out LexiconTerm term, out int length)
    {
        var code = han[0] - FirstHan;
        length = code is >= 0 and <= LastHan - FirstHan ? Math.Min(_longestByFirstHan[code], han.Length) : 0;
        for (; length > 0; length--)
        {
            if (_chinese.TryGetValue(han[..length], out term))
            {
                return true;
            }
        }

        term = default;
        return false;
    }

    /// <summary>An English word or a phrase whose words are separated by single spaces; case-insensitive.</summary>
    public bool TryMatchEnglish(ReadOnlySpan<char> wordOrPhrase, out LexiconTerm term) =>
        _english.TryGetValue(wordOrPhrase, out term);

    /// <summary>Whether some phrase of the lexicon starts with this word (saves building phrase keys for most words).</summary>
    public bool StartsPhrase(ReadOnlySpan<char> word) => _phraseStarts.Contains(word);

    private static void Add(Dictionary<string, LexiconTerm> terms, string term, LexiconTerm value)
    {
        if (!terms.TryAdd(term, value))
        {
            throw new InvalidDataException($"The lexicon term '{term}' is listed twice.");
        }
    }

    private static SentimentLexicon LoadShipped()
    {
        var terms = new List<KeyValuePair<string, LexiconTerm>>();
        foreach (var file in new[] { "sentiment.zh.txt", "sentiment.en.txt" })
        {
            terms.AddRange(ShippedLexicons.ReadRows(file).Select(row =>
                KeyValuePair.Create(row[0], new LexiconTerm(TermKind.Sentiment, ShippedLexicons.ParseWeight(row[1], file)))));
        }

        terms.AddRange(ShippedLexicons.ReadRows("modifiers.txt").Select(row => KeyValuePair.Create(row[0], new LexiconTerm(
            Enum.Parse<TermKind>(row[1], ignoreCase: true), ShippedLexicons.ParseWeight(row[2], "modifiers.txt")))));
        return new SentimentLexicon(terms);
    }
}
