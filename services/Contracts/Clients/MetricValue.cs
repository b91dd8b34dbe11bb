namespace ServiceExcellence.Contracts.Clients;

/// <summary>
/// One metric over one period, as <c>GET /api/reports/metrics/{metric}</c> answers; <c>Value</c> is null when the
/// period has no data. <c>From</c> and <c>To</c> are inclusive dates in the organisation's time zone.
/// </summary>
public sealed record MetricValue(string Metric, string DepartmentCode, DateOnly From, DateOnly To, double? Value, long SampleSize);
