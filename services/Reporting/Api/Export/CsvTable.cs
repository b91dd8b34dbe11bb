using System.Globalization;
using System.Text;

namespace ServiceExcellence.Reporting.Api.Export;

/// <summary>
/// A table written as RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break quoted and quotes
/// doubled, numbers in the invariant culture (shortest round-trip form), nulls empty. <see cref="ToBytes"/> starts
/// with the UTF-8 byte order mark so that Excel reads Chinese text correctly.
/// </summary>
public sealed class CsvTable(params string[] header)
{
    private readonly List<string[]> _rows = [header];

    public CsvTable Add(params object?[] fields)
    {
        _rows.Add(fields.Select(Format).ToArray());
        return this;
    }

    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var row in _rows)
        {
            text.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        }

        return text.ToString();
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ToText())];

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
