using Refit;
using ServiceExcellence.Contracts.Clients;

namespace ServiceExcellence.Goals.Clients;

/// <summary>
/// Reporting's metric routes as Goals calls them. A non-success answer throws <see cref="ApiException"/>; an outage can
/// also surface as the resilience handler's exceptions (see <c>AddServiceClientDefaults</c>).
/// </summary>
public interface IReportingApi
{
    /// <summary>The metric's value for the department over <paramref name="from"/>..<paramref name="to"/>, both inclusive.</summary>
    [Get("/api/reports/metrics/{metric}")]
    Task<MetricValue> GetMetricAsync(
        string metric,
        string departmentCode,
        [Query(Format = "yyyy-MM-dd")] DateOnly from,
        [Query(Format = "yyyy-MM-dd")] DateOnly to,
        CancellationToken cancellationToken);

    /// <summary>The metric per <paramref name="granularity"/> (<c>day</c>, <c>week</c>, <c>month</c>, <c>quarter</c>).</summary>
    [Get("/api/reports/metrics/{metric}/series")]
    Task<MetricSeries> GetSeriesAsync(
        string metric,
        string departmentCode,
        [Query(Format = "yyyy-MM-dd")] DateOnly from,
        [Query(Format = "yyyy-MM-dd")] DateOnly to,
        string granularity,
        CancellationToken cancellationToken);
}
