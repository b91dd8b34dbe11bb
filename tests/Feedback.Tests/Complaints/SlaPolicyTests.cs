using ServiceExcellence.Feedback.Domain.Complaints;

namespace ServiceExcellence.Feedback.Tests.Complaints;

public sealed class SlaPolicyTests
{
    [Theory]
    [InlineData(Severity.Critical, 1, 24)]
    [InlineData(Severity.High, 4, 48)]
    [InlineData(Severity.Medium, 24, 5 * 24)]
    [InlineData(Severity.Low, 48, 10 * 24)]
    public void The_default_sla_is_the_table_of_the_domain(Severity severity, int firstResponseHours, int resolutionHours)
    {
        var policy = SlaPolicies.Default(severity);

        Assert.Equal(TimeSpan.FromHours(firstResponseHours), policy.FirstResponse);
        Assert.Equal(TimeSpan.FromHours(resolutionHours), policy.Resolution);
    }

    [Fact]
    public void A_department_override_replaces_only_its_severity()
    {
        var overrides = new[] { new SlaPolicy(Severity.High, TimeSpan.FromHours(2), TimeSpan.FromHours(8)) };

        var effective = SlaPolicies.Effective(overrides);

        Assert.Equal([Severity.Low, Severity.Medium, Severity.High, Severity.Critical], effective.Select(e => e.Policy.Severity));
        Assert.Equal(overrides[0], effective.Single(e => e.Overridden).Policy);
        Assert.Equal(SlaPolicies.Default(Severity.Critical), SlaPolicies.For(Severity.Critical, overrides));
        Assert.Equal(overrides[0], SlaPolicies.For(Severity.High, overrides));
    }

    [Fact]
    public void Due_times_count_from_the_start_of_the_cycle()
    {
        var start = new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero);
        var policy = SlaPolicies.Default(Severity.Medium);

        Assert.Equal(start.AddDays(1), policy.ResponseDueFrom(start));
        Assert.Equal(start.AddDays(5), policy.ResolutionDueFrom(start));
    }

    [Theory]
    [InlineData(0, 60, "firstResponse")]
    [InlineData(60, 0, "resolution")]
    [InlineData(120, 60, "firstResponse")]
    public void A_policy_needs_positive_durations_and_a_first_response_no_later_than_the_resolution(int firstMinutes, int resolutionMinutes, string field)
    {
        var problems = SlaPolicy.Problems(TimeSpan.FromMinutes(firstMinutes), TimeSpan.FromMinutes(resolutionMinutes)).ToList();

        Assert.Contains(problems, p => p.Field == field);
    }

    [Fact]
    public void A_sensible_policy_has_no_problems() =>
        Assert.Empty(SlaPolicy.Problems(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30)));
}
