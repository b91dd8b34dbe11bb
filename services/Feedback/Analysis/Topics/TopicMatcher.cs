namespace ServiceExcellence.Feedback.Analysis.Topics;

/// <summary>
/// A taxonomy compiled for matching in one pass: a keyword containing Chinese matches as a substring (Chinese has no
/// word boundaries), any other keyword as whole English words, case-insensitively. Keywords are indexed by their first
/// character or first word, so a comment costs one lookup per character plus the few candidates that start there.
/// </summary>
public sealed class TopicMatcher
{
    private readonly string[] _keys;
    private readonly Dictionary<char, Keyword[]> _chineseByFirstChar;
    private readonly Dictionary<string, Keyword[]>.AlternateLookup<ReadOnlySpan<char>> _englishByFirstWord;

    public TopicMatcher(TopicTaxonomy taxonomy)
    {
        if (taxonomy.Topics.Count > TopicTaxonomy.MaxTopics)
        {
            throw new ArgumentException($"A taxonomy has at most {TopicTaxonomy.MaxTopics} topics.", nameof(taxonomy));
        }

        _keys = taxonomy.Topics.Select(t => t.Key).ToArray();
        var keywords = taxonomy.Topics
            .SelectMany((topic, index) => topic.Keywords.Select(k => new Keyword(k.Trim(), index)))
            .Where(k => k.Text.Length > 0)
            .DistinctBy(k => (k.Text.ToLowerInvariant(), k.Topic))
            .ToArray();
        _chineseByFirstChar = keywords.Where(k => k.Text.Any(TextScript.IsHan))
            .GroupBy(k => char.ToLowerInvariant(k.Text[0]))
            .ToDictionary(g => g.Key, g => g.ToArray());
        _englishByFirstWord = keywords.Where(k => !k.Text.Any(TextScript.IsHan))
            .GroupBy(k => k.Text.Split(' ', 2)[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The keys of every topic with a keyword in <paramref name="text"/>, in taxonomy order.</summary>
    public IReadOnlyList<string> Match(ReadOnlySpan<char> text)
    {
        var found = 0UL;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (_chineseByFirstChar.TryGetValue(char.ToLowerInvariant(c), out var chinese))
            {
                foreach (var keyword in chinese)
                {
                    if (text[i..].StartsWith(keyword.Text, StringComparison.OrdinalIgnoreCase))
                    {
                        found |= 1UL << keyword.Topic;
                    }
                }
            }

            if (TextScript.IsWordChar(c) && (i == 0 || !TextScript.IsWordChar(text[i - 1])))
            {
                var word = TextScript.ReadWord(text, i, out var end);
                if (_englishByFirstWord.TryGetValue(word, out var english))
                {
                    var wordStart = i + text[i..end].IndexOf(word);
                    found |= MatchEnglish(text[wordStart..], english);
                }

                i = end;
                continue;
            }

            i++;
        }

        return found == 0 ? [] : Keys(found);
    }

    private static ulong MatchEnglish(ReadOnlySpan<char> fromWord, Keyword[] candidates)
    {
        var found = 0UL;
        foreach (var keyword in candidates)
        {
            if (fromWord.StartsWith(keyword.Text, StringComparison.OrdinalIgnoreCase) &&
                (fromWord.Length == keyword.Text.Length || !char.IsAsciiLetterOrDigit(fromWord[keyword.Text.Length])))
            {
                found |= 1UL << keyword.Topic;
            }
        }

        return found;
    }

    private string[] Keys(ulong found)
    {
        var keys = new string[ulong.PopCount(found)];
        var n = 0;
        for (var topic = 0; found != 0; topic++, found >>= 1)
        {
            if ((found & 1) != 0)
            {
                keys[n++] = _keys[topic];
            }
        }

        return keys;
    }

    private readonly record struct Keyword(string Text, int Topic);
}
