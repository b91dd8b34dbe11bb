using ServiceExcellence.Reporting.Api.Admin;
using ServiceExcellence.Reporting.Api.Export;
using ServiceExcellence.Reporting.Api.Metrics;
using ServiceExcellence.Reporting.Api.Scorecards;
using ServiceExcellence.Reporting.Api.Servqual;

namespace ServiceExcellence.Reporting.Api;

/// <summary>The routes of <c>/api/reports</c> (API.md) and the admin rebuild.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();
        reports.MapGet("/metrics/{metric}", MetricEndpoints.Get)
            .WithSummary("One metric over a range for a department (with sub-departments) or the organisation")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        reports.MapGet("/metrics/{metric}/series", MetricEndpoints.Series)
            .WithSummary("A metric per day, ISO week, month or quarter; empty buckets are null")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        reports.MapGet("/scorecards/{departmentCode}", ScorecardEndpoints.Department)
            .WithSummary("Every metric of a department for a period, with targets and status once Goals publishes them");
        reports.MapGet("/scorecards", ScorecardEndpoints.Organisation)
            .WithSummary("The organisation's scorecard and the ranking of departments per metric");
        reports.MapGet("/servqual", ServqualEndpoints.Get).WithSummary("SERVQUAL gaps per dimension, overall and weighted");
        reports.MapGet("/export", ExportEndpoints.Export).WithSummary("Any report above as CSV (UTF-8 with BOM, RFC 4180)")
            .ProducesValidationProblem();
        reports.MapPost("/admin/rebuild", RebuildEndpoints.Rebuild).WithSummary("Rebuild every read model from the event log (admin)");
        return endpoints;
    }
}
