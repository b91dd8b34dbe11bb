using ServiceExcellence.Reporting.Api.Scorecards;
using ServiceExcellence.Reporting.Metrics;

namespace ServiceExcellence.Reporting.Tests.Units;

public sealed class RankingTests
{
    [Fact]
    public void Equal_values_share_a_rank_and_departments_without_data_come_last()
    {
        var ranking = Ranking.Of(new MetricDefinition("nps", "nps"),
        [
            ("d", "D", MetricValue.None), ("b", "B", new MetricValue(10, 5)), ("a", "A", new MetricValue(10, 2)), ("c", "C", new MetricValue(30, 1)),
        ]);

        Assert.Equal(new[] { (1, "c"), (2, "a"), (2, "b"), (4, "d") }, ranking.Departments.Select(d => (d.Rank, d.DepartmentCode)));
    }

    [Fact]
    public void For_a_metric_where_lower_is_better_the_lowest_value_ranks_first()
    {
        var ranking = Ranking.Of(new MetricDefinition("complaint-rate", "x", LowerIsBetter: true),
            [("a", "A", new MetricValue(5, 1)), ("b", "B", new MetricValue(1, 1))]);

        Assert.Equal("b", ranking.Departments[0].DepartmentCode);
    }
}
