namespace ServiceExcellence.Contracts.Clients;

/// <summary>One period of a <see cref="MetricSeries"/>; <c>Value</c> is null when the period has no data.</summary>
public sealed record MetricPoint(DateOnly PeriodStart, DateOnly PeriodEnd, string Label, double? Value, long SampleSize);
