using System.Security.Claims;
using ServiceExcellence.Reporting.Api.Metrics;
using ServiceExcellence.Reporting.Caching;
using ServiceExcellence.Reporting.Metrics;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting.Api.Servqual;

/// <summary>Builds the SERVQUAL report from the same query family as the servqual-gap metrics.</summary>
public sealed class ServqualReports(ReportAccess access, MetricQueries queries, ReportCache cache, OrganisationCalendar calendar)
{
    public async Task<ServqualReport> ReportAsync(ReportQuery query, ClaimsPrincipal user, bool bypassCache, CancellationToken cancellationToken)
    {
        var range = ReportRange.Resolve(query.From, query.To, query.Period, calendar.Today());
        var (scope, _) = await access.ResolveAsync(user, query.DepartmentCode, query.IncludeSubDepartments, cancellationToken);
        return await cache.GetOrComputeAsync("servqual", $"{scope.Describe()}|{range.From:O}|{range.To:O}", scope.Departments, bypassCache,
            async () =>
            {
                var groups = await queries.ComputeAsync([WithWeighted], scope, range.From, range.To, Grouping.None, cancellationToken);
                double? Gap(string metric) => MetricReports.ValueIn(groups, "", metric).Value;
                var overall = MetricReports.ValueIn(groups, "", "servqual-gap");
                var weighted = MetricReports.ValueIn(groups, "", WeightedKey);
                return new ServqualReport(scope.DepartmentCode, range.From, range.To, overall.SampleSize,
                    new ServqualDimensionMeans(Gap("servqual-gap-tangibles"), Gap("servqual-gap-reliability"),
                        Gap("servqual-gap-responsiveness"), Gap("servqual-gap-assurance"), Gap("servqual-gap-empathy")),
                    overall.Value, weighted.Value, weighted.SampleSize);
            });
    }

    private const string WeightedKey = "servqual-weighted";

    /// <summary>The servqual family plus the weighted mean, which is not a metric key of its own.</summary>
    private static readonly MetricFamily WithWeighted = MetricFamilies.Servqual with
    {
        Derive = row => new Dictionary<string, MetricValue>(MetricFamilies.Servqual.Derive(row))
        {
            [WeightedKey] = MetricValue.Of(row.Double("weighted"), row.Long("weighted_respondents")),
        },
    };
}
