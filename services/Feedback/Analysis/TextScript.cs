namespace ServiceExcellence.Feedback.Analysis;

/// <summary>Character classes the analysers share: Han characters, English word characters and clause breaks.</summary>
internal static class TextScript
{
    /// <summary>CJK Unified Ideographs and Extension A, which cover the Chinese of customer comments.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '\'' or '\u2019' or '-';

    /// <summary>Punctuation that ends a clause, where negation and intensity stop applying.</summary>
    public static bool IsClauseBreak(char c) =>
        c is '.' or ',' or '!' or '?' or ';' or ':' or '\n' or '，' or '。' or '！' or '？' or '；' or '：' or '…' or '～' or '~';

    /// <summary>Reads the English word starting at <paramref name="start"/>, trimming apostrophes and hyphens at its ends.</summary>
    public static ReadOnlySpan<char> ReadWord(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        return text[start..end].Trim("'\u2019-");
    }
}
