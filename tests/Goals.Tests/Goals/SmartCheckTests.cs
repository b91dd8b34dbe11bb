using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Smart;

namespace ServiceExcellence.Goals.Tests.Goals;

public sealed class SmartCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static readonly SmartGoal Good = new(
        "提升客户满意度 Raise CSAT", "Call centre CSAT to 90 %", GoalCategory.Satisfaction, "call-centre", "s-1", null,
        "Strategy 2027 §3", new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31),
        [new SmartKpi("csat", KpiDirection.Increase, "%", 80, 90, BestImprovement: 5)]);

    [Fact]
    public void A_complete_goal_passes_every_criterion() =>
        Assert.True(SmartCheck.Assess(Good, Today, creating: true).Passed);

    public static TheoryData<string, SmartGoal, string> OneFailure() => new()
    {
        { "short title", Good with { Title = "CSAT" }, SmartCheck.Specific },
        { "no description", Good with { Description = " " }, SmartCheck.Specific },
        { "no owner", Good with { OwnerId = null }, SmartCheck.Specific },
        { "no KPI", Good with { Kpis = [] }, SmartCheck.Measurable },
        { "KPI without unit", Good with { Kpis = [Good.Kpis[0] with { Unit = null }] }, SmartCheck.Measurable },
        { "target not above baseline", Good with { Kpis = [Good.Kpis[0] with { Target = 80 }] }, SmartCheck.Achievable },
        { "more than 3x the best improvement", Good with { Kpis = [Good.Kpis[0] with { BestImprovement = 3 }] }, SmartCheck.Achievable },
        { "decrease KPI whose target is higher", Good with { Kpis = [new SmartKpi("resolution-hours-p50", KpiDirection.Decrease, "h", 10, 12, null)] }, SmartCheck.Achievable },
        { "no category", Good with { Category = null }, SmartCheck.Relevant },
        { "neither strategy nor parent", Good with { StrategyLink = null }, SmartCheck.Relevant },
        { "start after end", Good with { PeriodStart = new DateOnly(2027, 12, 31), PeriodEnd = new DateOnly(2027, 12, 30) }, SmartCheck.TimeBound },
        { "already over", Good with { PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 11, 22) }, SmartCheck.TimeBound },
        { "longer than three years", Good with { PeriodEnd = new DateOnly(2030, 1, 2) }, SmartCheck.TimeBound },
    };

    [Theory]
    [MemberData(nameof(OneFailure))]
    public void Each_criterion_fails_on_its_own_with_its_name_and_reason(string why, SmartGoal goal, string criterion)
    {
        var assessment = SmartCheck.Assess(goal, Today, creating: true);

        var failures = assessment.Failures();
        Assert.True(failures.Keys.SequenceEqual([criterion]), $"{why}: failed {string.Join(", ", failures.Keys)}");
        Assert.NotEmpty(failures[criterion].Single());
    }

    [Fact]
    public void Without_history_achievability_only_warns()
    {
        var assessment = SmartCheck.Assess(Good with { Kpis = [Good.Kpis[0] with { BestImprovement = null }] }, Today, creating: true);

        var achievable = assessment.Criteria.Single(c => c.Name == SmartCheck.Achievable);
        Assert.True(achievable.Passed);
        Assert.Single(achievable.Warnings);
    }

    [Fact]
    public void Exactly_three_times_the_best_improvement_is_still_achievable() =>
        Assert.True(SmartCheck.Assess(Good with { Kpis = [Good.Kpis[0] with { BestImprovement = 10.0 / 3 }] }, Today, creating: true).Passed);

    [Fact]
    public void An_adjustment_after_the_period_ended_is_not_rejected_for_it() =>
        Assert.True(SmartCheck.Assess(Good with { PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 11, 1) },
            Today, creating: false).Passed);
}
