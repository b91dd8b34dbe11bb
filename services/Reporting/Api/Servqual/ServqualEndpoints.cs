using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceExcellence.Reporting.Caching;

namespace ServiceExcellence.Reporting.Api.Servqual;

/// <summary>Handler of <c>/api/reports/servqual</c>.</summary>
internal static class ServqualEndpoints
{
    public static async Task<Ok<ServqualReport>> Get(
        [AsParameters] ReportQuery query, ClaimsPrincipal user, HttpContext http, ServqualReports reports,
        ReportCache cache, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reports.ReportAsync(query, user, cache.Bypassed(http), cancellationToken));
}
