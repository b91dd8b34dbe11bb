namespace ServiceExcellence.Reporting;

/// <summary>Settings of the <c>Reporting</c> configuration section.</summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>How long a cached report lives when no event changes its inputs.</summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>False serves every report uncached.</summary>
    public bool CacheEnabled { get; set; } = true;

    /// <summary>
    /// Honour <c>X-Report-Cache: bypass</c> (computes the report without reading or writing the cache); meant for
    /// benchmarks only, so off by default.
    /// </summary>
    public bool AllowCacheBypass { get; set; }
}
