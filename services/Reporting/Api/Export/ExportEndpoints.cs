using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceExcellence.Reporting.Api.Metrics;
using ServiceExcellence.Reporting.Api.Scorecards;
using ServiceExcellence.Reporting.Api.Servqual;
using ServiceExcellence.Reporting.Caching;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Reporting.Api.Export;

/// <summary><c>GET /api/reports/export</c>: any report as CSV, with that report's own parameters and access rules.</summary>
internal static class ExportEndpoints
{
    private static readonly string[] Reports = ["metric", "series", "scorecard", "scorecards", "servqual"];

    public static async Task<FileContentHttpResult> Export(
        string? report, string? format, string? metric, [AsParameters] ReportQuery query, ClaimsPrincipal user, HttpContext http,
        MetricReports metrics, ScorecardReports scorecards, ServqualReports servqual, ReportCache cache, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (format is not (null or "csv"))
        {
            errors.Add("format", $"'{format}' is not a supported format; use csv.");
        }

        if (report is null || !Reports.Contains(report))
        {
            errors.Add("report", $"'report' must be one of {string.Join(", ", Reports)}.");
        }

        if (report is "metric" or "series" && metric is null)
        {
            errors.Add("metric", "'metric' is required for this report.");
        }

        if (report is "scorecard" && query.DepartmentCode is null)
        {
            errors.Add("departmentCode", "'departmentCode' is required for a department scorecard.");
        }

        if (!errors.IsEmpty)
        {
            throw new RequestValidationException(errors.ToDictionary());
        }

        var bypass = cache.Bypassed(http);
        var table = report switch
        {
            "metric" => ReportCsv.Of(await metrics.MetricAsync(metric!, query, user, bypass, cancellationToken)),
            "series" => ReportCsv.Of(await metrics.SeriesAsync(metric!, query, user, bypass, cancellationToken)),
            "scorecard" => ReportCsv.Of(await scorecards.DepartmentAsync(query.DepartmentCode!, query, user, bypass, cancellationToken)),
            "scorecards" => ReportCsv.Of(await scorecards.OrganisationAsync(query, user, bypass, cancellationToken)),
            _ => ReportCsv.Of(await servqual.ReportAsync(query, user, bypass, cancellationToken)),
        };
        var name = string.Join('-', new[] { report, metric, query.DepartmentCode, query.Period }.Where(p => p is not null));
        return TypedResults.File(table.ToBytes(), "text/csv; charset=utf-8", $"{name}.csv");
    }
}
