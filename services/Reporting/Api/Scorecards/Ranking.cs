using ServiceExcellence.Reporting.Metrics;

namespace ServiceExcellence.Reporting.Api.Scorecards;

/// <summary>
/// Ranks departments for one metric: best first by the metric's direction, equal values share a rank (1, 2, 2, 4),
/// departments without a value share the rank after the last valued one; ties are listed by department code.
/// </summary>
public static class Ranking
{
    public static MetricRanking Of(MetricDefinition metric, IEnumerable<(string Code, string Name, MetricValue Value)> departments)
    {
        var valued = departments.Where(d => d.Value.Value is not null).ToList();
        var ordered = (metric.LowerIsBetter
                ? valued.OrderBy(d => d.Value.Value)
                : valued.OrderByDescending(d => d.Value.Value))
            .ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        var ranked = new List<RankedDepartment>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Value.Value == ordered[i - 1].Value.Value ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedDepartment(rank, ordered[i].Code, ordered[i].Name, ordered[i].Value.Value, ordered[i].Value.SampleSize));
        }

        ranked.AddRange(departments.Where(d => d.Value.Value is null).OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => new RankedDepartment(ordered.Count + 1, d.Code, d.Name, null, d.Value.SampleSize)));
        return new MetricRanking(metric.Key, ranked);
    }
}
