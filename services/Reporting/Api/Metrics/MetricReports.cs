using System.Security.Claims;
using ServiceExcellence.Reporting.Caching;
using ServiceExcellence.Reporting.Metrics;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting.Api.Metrics;

/// <summary>Computes (or serves from cache) one metric over a range and a metric's series.</summary>
public sealed class MetricReports(ReportAccess access, MetricQueries queries, ReportCache cache, OrganisationCalendar calendar)
{
    public async Task<MetricResponse> MetricAsync(
        string metric, ReportQuery query, ClaimsPrincipal user, bool bypassCache, CancellationToken cancellationToken)
    {
        var definition = Find(metric);
        var range = ReportRange.Resolve(query.From, query.To, query.Period, calendar.Today());
        var (scope, _) = await access.ResolveAsync(user, query.DepartmentCode, query.IncludeSubDepartments, cancellationToken);
        return await cache.GetOrComputeAsync($"metric:{metric}", $"{scope.Describe()}|{range.From:O}|{range.To:O}", scope.Departments, bypassCache,
            async () =>
            {
                var groups = await queries.ComputeAsync(MetricCatalog.FamiliesOf(metric), scope, range.From, range.To, Grouping.None, cancellationToken);
                var value = ValueIn(groups, "", metric);
                return new MetricResponse(metric, scope.DepartmentCode, range.From, range.To, value.Value, value.SampleSize, definition.Unit);
            });
    }

    public async Task<SeriesResponse> SeriesAsync(
        string metric, ReportQuery query, ClaimsPrincipal user, bool bypassCache, CancellationToken cancellationToken)
    {
        Find(metric);
        var errors = new ValidationErrors();
        var granularity = KebabCaseEnum<Granularity>.Parse(query.Granularity ?? "day", "granularity", errors);
        if (!errors.IsEmpty)
        {
            throw new RequestValidationException(errors.ToDictionary());
        }

        var range = ReportRange.Resolve(query.From, query.To, query.Period, calendar.Today());
        var (scope, _) = await access.ResolveAsync(user, query.DepartmentCode, query.IncludeSubDepartments, cancellationToken);
        var unit = granularity!.Value;
        return await cache.GetOrComputeAsync($"series:{metric}", $"{scope.Describe()}|{range.From:O}|{range.To:O}|{unit}", scope.Departments,
            bypassCache, async () =>
            {
                var groups = await queries.ComputeAsync(MetricCatalog.FamiliesOf(metric), scope, range.From, range.To,
                    Grouping.ByBucket(unit), cancellationToken);
                var points = SeriesBucket.Cover(range.From, range.To, unit).Select(b =>
                {
                    var value = ValueIn(groups, b.Key, metric);
                    return new SeriesPoint(b.PeriodStart, b.PeriodEnd, b.Label, value.Value, value.SampleSize);
                }).ToList();
                return new SeriesResponse(metric, scope.DepartmentCode, KebabCase.Of(unit), range.From, range.To, points);
            });
    }

    /// <summary>The metric's definition, or a 404 that lists every known key.</summary>
    public static MetricDefinition Find(string metric) =>
        MetricCatalog.TryFind(metric, out var definition)
            ? definition
            : throw new NotFoundException("Metric", metric)
            {
                Errors = new Dictionary<string, string[]> { ["metric"] = MetricCatalog.All.Select(m => m.Key).ToArray() },
            };

    public static MetricValue ValueIn(IReadOnlyDictionary<string, Dictionary<string, MetricValue>> groups, string key, string metric) =>
        groups.TryGetValue(key, out var values) && values.TryGetValue(metric, out var value) ? value : MetricValue.None;
}
