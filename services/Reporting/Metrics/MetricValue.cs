namespace ServiceExcellence.Reporting.Metrics;

/// <summary>A metric's value (null when there is no data) and the size of the sample it was computed over (its denominator).</summary>
public readonly record struct MetricValue(double? Value, long SampleSize)
{
    public static MetricValue None { get; } = new(null, 0);

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, null over an empty sample; exact double, not rounded.</summary>
    public static MetricValue Ratio(double numerator, long denominator) =>
        denominator == 0 ? new(null, 0) : new(numerator / denominator, denominator);

    /// <summary>A percentage: 100 × part / whole.</summary>
    public static MetricValue Percent(long part, long whole) => Ratio(100.0 * part, whole);

    /// <summary>A mean or percentile computed in the database, null when the sample is empty.</summary>
    public static MetricValue Of(double? value, long sampleSize) => sampleSize == 0 ? new(null, 0) : new(value, sampleSize);
}
