using System.Data.Common;

namespace ServiceExcellence.Reporting.Metrics;

/// <summary>One grouped row of a family query, read by column name.</summary>
public sealed class MetricRow
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public static MetricRow Read(DbDataReader reader)
    {
        var row = new MetricRow();
        for (var i = 1; i < reader.FieldCount; i++)
        {
            row._values[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        }

        return row;
    }

    public long Long(string column) => _values.GetValueOrDefault(column) is { } v ? Convert.ToInt64(v) : 0;

    public double? Double(string column) => _values.GetValueOrDefault(column) is { } v ? Convert.ToDouble(v) : null;
}
