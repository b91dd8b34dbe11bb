using ServiceExcellence.Audits.Domain.Staff;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Audits.Tests.Domain;

public sealed class AssessmentPeriodTests
{
    [Theory]
    [InlineData("2026", 2026, 1, 1)]
    [InlineData("2026-Q3", 2026, 7, 1)]
    [InlineData("2026-07", 2026, 7, 1)]
    [InlineData("2026-W27", 2026, 6, 29)]
    [InlineData("2026-W53", 2026, 12, 28)]
    [InlineData("2027-W01", 2027, 1, 4)]
    public void Each_period_form_parses_to_its_first_day(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), AssessmentPeriod.Parse(text)!.Start);

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-13")]
    [InlineData("2026-7")]
    [InlineData("2027-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026-q3")]
    [InlineData("26")]
    [InlineData(" 2026")]
    [InlineData("2026-07-01")]
    [InlineData("")]
    public void Anything_else_is_refused(string text) => Assert.Null(AssessmentPeriod.Parse(text));

    [Fact]
    public void A_period_starts_at_midnight_in_the_organisations_time_zone()
    {
        var calendar = OrganisationCalendar.For(null, TimeProvider.System);

        Assert.Equal(new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.Zero), calendar.StartOf(new DateOnly(2026, 7, 1)));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 16, 0, 0, TimeSpan.Zero), calendar.EndOf(new DateOnly(2026, 7, 1)));
    }
}
