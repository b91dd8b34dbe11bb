namespace ServiceExcellence.Reporting.Metrics;

/// <summary>
/// Metrics computed by one query over one read-model table, filtered and bucketed by one day column;
/// <see cref="Derive"/> turns a row of aggregates into the metric values.
/// </summary>
public sealed record MetricFamily(
    string Name,
    string Table,
    string DayColumn,
    string Aggregates,
    IReadOnlyList<string> Metrics,
    Func<MetricRow, IReadOnlyDictionary<string, MetricValue>> Derive);
