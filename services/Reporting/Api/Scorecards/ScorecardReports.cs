using System.Security.Claims;
using Npgsql;
using NpgsqlTypes;
using ServiceExcellence.Reporting.Api.Metrics;
using ServiceExcellence.Reporting.Caching;
using ServiceExcellence.Reporting.Data;
using ServiceExcellence.Reporting.Metrics;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting.Api.Scorecards;

/// <summary>Scorecards: every metric of a department (with its sub-departments) or of the organisation, with ranking.</summary>
public sealed class ScorecardReports(
    ReportAccess access, MetricQueries queries, ReportCache cache, OrganisationCalendar calendar, NpgsqlDataSource database,
    CurrentOrganisation organisation, ScorecardGoals goalData)
{
    private const string OverdueSql =
        $"""
        SELECT (SELECT count(*) FROM {ReportingTables.ComplaintFacts}
                WHERE ((response_breached AND responded_at IS NULL) OR (resolution_breached AND resolved_at IS NULL)){"{0}"}),
               (SELECT count(*) FROM {ReportingTables.CorrectiveActionFacts} WHERE overdue AND completed_at IS NULL{"{0}"})
        """;

    public async Task<DepartmentScorecard> DepartmentAsync(
        string departmentCode, ReportQuery query, ClaimsPrincipal user, bool bypassCache, CancellationToken cancellationToken)
    {
        var range = ReportRange.Resolve(query.From, query.To, query.Period, calendar.Today());
        var (scope, tree) = await access.ResolveAsync(user, departmentCode, query.IncludeSubDepartments, cancellationToken);
        return await cache.GetOrComputeAsync("scorecard", $"{scope.Describe()}|{range.From:O}|{range.To:O}|{range.Period}", scope.Departments,
            bypassCache, async () =>
            {
                var groups = await queries.ComputeAsync(MetricFamilies.All, scope, range.From, range.To, Grouping.None, cancellationToken);
                var (complaints, actions) = await OverdueAsync(scope, cancellationToken);
                var goals = await goalData.LoadAsync(departmentCode, range.From, range.To, cancellationToken);
                return new DepartmentScorecard(departmentCode, tree!.NameOf(departmentCode), range.Period, range.From, range.To,
                    MetricsOf(groups, goals.Targets), goals.Goals, goals.OpenAlerts, complaints, actions);
            });
    }

    public async Task<OrganisationScorecard> OrganisationAsync(
        ReportQuery query, ClaimsPrincipal user, bool bypassCache, CancellationToken cancellationToken)
    {
        var range = ReportRange.Resolve(query.From, query.To, query.Period, calendar.Today());
        var (scope, _) = await access.ResolveAsync(user, null, null, cancellationToken);
        // Department events advance the organisation's cache counter, so a new or renamed department is never served stale.
        var tree = await organisation.GetAsync(cancellationToken);
        return await cache.GetOrComputeAsync("scorecards", $"{range.From:O}|{range.To:O}|{range.Period}", null,
            bypassCache, async () =>
            {
                var total = await queries.ComputeAsync(MetricFamilies.All, scope, range.From, range.To, Grouping.None, cancellationToken);
                var perDepartment = await queries.ComputeAsync(MetricFamilies.All, scope, range.From, range.To, Grouping.ByDepartment, cancellationToken);
                var ranking = MetricCatalog.All.Select(metric => Ranking.Of(metric, tree.Departments.Values.Select(d =>
                    (d.Code, d.Name, MetricReports.ValueIn(perDepartment, d.Code, metric.Key))))).ToList();
                var (complaints, actions) = await OverdueAsync(scope, cancellationToken);
                return new OrganisationScorecard(range.Period, range.From, range.To, MetricsOf(total, NoTargets), ranking, complaints, actions);
            });
    }

    /// <summary>Goals are set per department: the organisation's scorecard has no targets.</summary>
    private static readonly Dictionary<string, MetricTarget> NoTargets = [];

    private static List<ScorecardMetric> MetricsOf(
        IReadOnlyDictionary<string, Dictionary<string, MetricValue>> groups, IReadOnlyDictionary<string, MetricTarget> targets) =>
        MetricCatalog.All.Select(m =>
        {
            var value = MetricReports.ValueIn(groups, "", m.Key);
            return targets.TryGetValue(m.Key, out var t)
                ? new ScorecardMetric(m.Key, value.Value, value.SampleSize, t.Target, value.Value - t.Target, t.Status, t.Direction)
                : new ScorecardMetric(m.Key, value.Value, value.SampleSize, null, null, null);
        }).ToList();

    /// <summary>Complaints with a reported breach whose step is still not done, and overdue actions not completed: now, not per period.</summary>
    private async Task<(long Complaints, long Actions)> OverdueAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var filter = scope.Departments is null ? "" : " AND department_code = ANY($1)";
        await using var command = database.CreateCommand(OverdueSql.Replace("{0}", filter, StringComparison.Ordinal));
        if (scope.Departments is { } departments)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = departments.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
