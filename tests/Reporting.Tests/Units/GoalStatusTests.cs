using ServiceExcellence.Reporting.Api.Scorecards;

namespace ServiceExcellence.Reporting.Tests.Units;

/// <summary>The status a goal shows on a scorecard while open: the worst of its KPIs'.</summary>
public sealed class GoalStatusTests
{
    [Theory]
    [InlineData(new[] { "on-track", "off-track", "at-risk" }, "off-track")]
    [InlineData(new[] { "on-track", "at-risk" }, "at-risk")]
    [InlineData(new[] { "insufficient-data", "stale", "on-track" }, "stale")]
    [InlineData(new[] { "on-track", "insufficient-data" }, "insufficient-data")]
    [InlineData(new[] { "achieved", "on-track" }, "on-track")]
    [InlineData(new[] { "something-new", "achieved" }, "achieved")]
    public void A_goal_shows_the_worst_status_among_its_kpis(string[] statuses, string expected) =>
        Assert.Equal(expected, ScorecardGoals.Worst(statuses));

    [Fact]
    public void A_goal_whose_kpis_have_no_status_yet_shows_none() => Assert.Null(ScorecardGoals.Worst([]));
}
