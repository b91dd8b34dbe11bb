using ServiceExcellence.Audits.Domain.Effectiveness;

namespace ServiceExcellence.Audits.Tests.Domain;

public sealed class KpiEffectivenessTests
{
    private static readonly DateTimeOffset Done = new(2026, 1, 31, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("on-track", true)]
    [InlineData("achieved", true)]
    [InlineData("at-risk", false)]
    [InlineData("off-track", false)]
    [InlineData("missed", false)]
    [InlineData("insufficient-data", null)]
    [InlineData("stale", null)]
    [InlineData(null, null)]
    public void The_kpi_status_decides_the_verdict_or_defers_it(string? status, bool? effective) =>
        Assert.Equal(effective, KpiEffectiveness.VerdictOf(status));

    [Fact]
    public void The_check_is_due_n_cadences_after_completion_with_calendar_months()
    {
        Assert.Equal(Done.AddDays(2), KpiEffectiveness.VerificationDueAt(Done, KpiCadence.Daily, 2));
        Assert.Equal(Done.AddDays(14), KpiEffectiveness.VerificationDueAt(Done, KpiCadence.Weekly, 2));
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 10, 0, 0, TimeSpan.Zero), KpiEffectiveness.VerificationDueAt(Done, KpiCadence.Monthly, 2));
        Assert.Equal(new DateTimeOffset(2026, 7, 31, 10, 0, 0, TimeSpan.Zero), KpiEffectiveness.VerificationDueAt(Done, KpiCadence.Quarterly, 2));
    }

    [Fact]
    public void The_cadence_comes_from_the_first_known_source_and_is_monthly_when_unknown()
    {
        Assert.Equal(KpiCadence.Weekly, KpiEffectiveness.CadenceOf("weekly", "daily"));
        Assert.Equal(KpiCadence.Daily, KpiEffectiveness.CadenceOf(null, "daily"));
        Assert.Equal(KpiCadence.Monthly, KpiEffectiveness.CadenceOf(null, "fortnightly"));
    }
}
