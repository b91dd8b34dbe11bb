using ServiceExcellence.Feedback.Analysis.RecurringIssues;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Feedback.Tests.Analysis;

public sealed class RecurringIssueRuleTests
{
    [Fact]
    public void A_key_whose_share_at_least_doubled_in_five_entries_is_an_issue()
    {
        // 6 of 20 recent negatives (30 %) against 12 of 100 in the baseline (12 %): 2.5×.
        var finding = Assert.Single(RecurringIssueRule.Evaluate(20, 100, [new KeyCount("waiting-time", 6, 12)]));

        Assert.Equal(new RecurringIssueFinding("waiting-time", 6, 0.3, 0.12), finding);
    }

    [Fact]
    public void Exactly_twice_the_baseline_share_qualifies_and_just_under_does_not()
    {
        Assert.Single(RecurringIssueRule.Evaluate(10, 100, [new KeyCount("price", 5, 25)]));   // 50 % vs 25 %
        Assert.Empty(RecurringIssueRule.Evaluate(10, 100, [new KeyCount("price", 5, 26)]));    // 50 % vs 26 %
    }

    [Fact]
    public void Fewer_than_five_recent_entries_never_qualify() =>
        Assert.Empty(RecurringIssueRule.Evaluate(4, 100, [new KeyCount("cleanliness", 4, 0)]));

    [Fact]
    public void A_key_absent_from_the_baseline_qualifies_on_five_entries_alone()
    {
        var finding = Assert.Single(RecurringIssueRule.Evaluate(50, 200, [new KeyCount("app crash", 5, 0)]));

        Assert.Equal(0.1, finding.RecentShare);
        Assert.Equal(0, finding.BaselineShare);
    }

    [Fact]
    public void A_department_without_baseline_negatives_treats_every_frequent_key_as_new() =>
        Assert.Equal(2, RecurringIssueRule.Evaluate(8, 0, [new KeyCount("a", 5, 0), new KeyCount("b", 8, 0), new KeyCount("c", 3, 0)]).Count);

    [Fact]
    public void A_steady_key_is_not_an_issue() =>
        Assert.Empty(RecurringIssueRule.Evaluate(40, 160, [new KeyCount("staff-attitude", 20, 80)]));

    [Fact]
    public void No_recent_negatives_means_no_issues() => Assert.Empty(RecurringIssueRule.Evaluate(0, 10, [new KeyCount("x", 5, 1)]));

    [Fact]
    public void The_window_is_the_seven_local_days_ending_with_the_scans_day_after_a_28_day_baseline()
    {
        // 23:30 in Shanghai is still 10 July there, though it is 15:30 UTC; the days are the organisation's, as in Reporting.
        var window = DetectionWindow.For(new DateTimeOffset(2026, 7, 10, 23, 30, 0, TimeSpan.FromHours(8)), OrganisationCalendar.For("Asia/Shanghai", TimeProvider.System));

        Assert.Equal(new DateTimeOffset(2026, 7, 11, 0, 0, 0, TimeSpan.FromHours(8)), window.End);
        Assert.Equal(new DateTimeOffset(2026, 7, 4, 0, 0, 0, TimeSpan.FromHours(8)), window.Start);
        Assert.Equal(new DateTimeOffset(2026, 6, 6, 0, 0, 0, TimeSpan.FromHours(8)), window.BaselineStart);
    }
}
