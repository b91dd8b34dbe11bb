namespace ServiceExcellence.Reporting.Api.Metrics;

/// <summary>A metric per calendar bucket; empty buckets are present with a null value.</summary>
public sealed record SeriesResponse(
    string Metric, string? DepartmentCode, string Granularity, DateOnly From, DateOnly To, IReadOnlyList<SeriesPoint> Points);

/// <summary>One bucket of a series, cut to the requested range.</summary>
public sealed record SeriesPoint(DateOnly PeriodStart, DateOnly PeriodEnd, string Label, double? Value, long SampleSize);
