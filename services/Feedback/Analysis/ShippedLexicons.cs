using System.Globalization;

namespace ServiceExcellence.Feedback.Analysis;

/// <summary>
/// The data files of <c>Analysis/Lexicons</c>, embedded in the assembly: tab-separated lines, <c>#</c> starts a comment.
/// </summary>
internal static class ShippedLexicons
{
    /// <summary>The non-empty, non-comment lines of one file, split on tabs.</summary>
    public static IEnumerable<string[]> ReadRows(string fileName)
    {
        var assembly = typeof(ShippedLexicons).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Lexicons/{fileName}")
            ?? throw new InvalidOperationException($"The lexicon '{fileName}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Any(f => f.Length == 0))
            {
                throw new InvalidDataException($"{fileName}:{lineNumber}: an empty field in '{line}'.");
            }

            yield return fields;
        }
    }

    public static float ParseWeight(string value, string fileName) =>
        float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight)
            ? weight
            : throw new InvalidDataException($"{fileName}: '{value}' is not a number.");
}
