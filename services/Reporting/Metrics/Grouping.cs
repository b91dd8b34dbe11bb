namespace ServiceExcellence.Reporting.Metrics;

/// <summary>How a family query groups its rows: not at all, by department, or by calendar bucket of its day column.</summary>
public sealed record Grouping(string Kind, Granularity? Granularity = null)
{
    public static Grouping None { get; } = new("none");

    public static Grouping ByDepartment { get; } = new("department");

    public static Grouping ByBucket(Granularity granularity) => new("bucket", granularity);

    /// <summary>The SQL expression of the group key: empty, the department code, or the bucket's first day as yyyy-MM-dd.</summary>
    public string KeyExpression(string dayColumn) => Kind switch
    {
        "department" => "department_code",
        "bucket" when Granularity == Metrics.Granularity.Day => $"to_char({dayColumn}, 'YYYY-MM-DD')",
        // ::timestamp: date_trunc over timestamptz would cut in the session's time zone; days are already local.
        "bucket" => $"to_char(date_trunc('{Granularity!.Value.ToString().ToLowerInvariant()}', {dayColumn}::timestamp), 'YYYY-MM-DD')",
        _ => "''",
    };
}
