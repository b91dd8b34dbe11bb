using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceExcellence.Reporting.Caching;

namespace ServiceExcellence.Reporting.Api.Scorecards;

/// <summary>Handlers of <c>/api/reports/scorecards</c>.</summary>
internal static class ScorecardEndpoints
{
    public static async Task<Ok<DepartmentScorecard>> Department(
        string departmentCode, [AsParameters] ReportQuery query, ClaimsPrincipal user, HttpContext http, ScorecardReports reports,
        ReportCache cache, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reports.DepartmentAsync(departmentCode, query, user, cache.Bypassed(http), cancellationToken));

    public static async Task<Ok<OrganisationScorecard>> Organisation(
        [AsParameters] ReportQuery query, ClaimsPrincipal user, HttpContext http, ScorecardReports reports,
        ReportCache cache, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reports.OrganisationAsync(query, user, cache.Bypassed(http), cancellationToken));
}
