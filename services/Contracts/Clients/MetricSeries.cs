namespace ServiceExcellence.Contracts.Clients;

/// <summary>A metric as a time series, as <c>GET /api/reports/metrics/{metric}/series</c> answers.</summary>
public sealed record MetricSeries(string Metric, string DepartmentCode, string Granularity, IReadOnlyList<MetricPoint> Points);
