namespace ServiceExcellence.Reporting.Api.Metrics;

/// <summary>One metric over a range: <c>value</c> is null when there is no data; <c>sampleSize</c> is its denominator.</summary>
public sealed record MetricResponse(
    string Metric, string? DepartmentCode, DateOnly From, DateOnly To, double? Value, long SampleSize, string Unit);
