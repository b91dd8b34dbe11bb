using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceExcellence.Reporting.Caching;

namespace ServiceExcellence.Reporting.Api.Metrics;

/// <summary>Handlers of <c>/api/reports/metrics/{metric}</c> and its series.</summary>
internal static class MetricEndpoints
{
    public static async Task<Ok<MetricResponse>> Get(
        string metric, [AsParameters] ReportQuery query, ClaimsPrincipal user, HttpContext http, MetricReports reports,
        ReportCache cache, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reports.MetricAsync(metric, query, user, cache.Bypassed(http), cancellationToken));

    public static async Task<Ok<SeriesResponse>> Series(
        string metric, [AsParameters] ReportQuery query, ClaimsPrincipal user, HttpContext http, MetricReports reports,
        ReportCache cache, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reports.SeriesAsync(metric, query, user, cache.Bypassed(http), cancellationToken));
}
