namespace ServiceExcellence.Goals.Domain.Tracking;

/// <summary>One measurement on a control chart: its value and, for a proportion, the answers behind it.</summary>
public readonly record struct ChartPoint(double Value, long? SampleSize);
