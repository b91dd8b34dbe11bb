namespace ServiceExcellence.Reporting.Metrics;

/// <summary>
/// Metrics computed by one query over one read-model table, filtered and bucketed by one day column;
/// <see cref="Derive"/> turns a row of aggregates into the metric values. <see cref="RangeFilter"/> replaces the default
/// filter (the day column within <c>$1</c>..<c>$2</c>) for rows that span days, such as goals overlapping the range.
/// </summary>
public sealed record MetricFamily(
    string Name,
    string Table,
    string DayColumn,
    string Aggregates,
    IReadOnlyList<string> Metrics,
    Func<MetricRow, IReadOnlyDictionary<string, MetricValue>> Derive,
    string? RangeFilter = null);
