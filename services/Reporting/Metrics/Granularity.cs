namespace ServiceExcellence.Reporting.Metrics;

/// <summary>Bucket size of a series; weeks are ISO weeks (Monday to Sunday).</summary>
public enum Granularity
{
    Day,
    Week,
    Month,
    Quarter,
}
