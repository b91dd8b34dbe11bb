using ServiceExcellence.Reporting.Metrics;
using ServiceExcellence.ServiceDefaults.Errors;

namespace ServiceExcellence.Reporting.Tests.Units;

public sealed class ReportRangeTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("2026", "2026-01-01", "2026-12-31")]
    [InlineData("2026-Q3", "2026-07-01", "2026-09-30")]
    [InlineData("2026-02", "2026-02-01", "2026-02-28")]
    [InlineData("2026-W27", "2026-06-29", "2026-07-05")]
    [InlineData("2026-W53", "2026-12-28", "2027-01-03")]
    [InlineData("2027-W01", "2027-01-04", "2027-01-10")]
    public void A_period_covers_its_whole_calendar_span(string period, string from, string to)
    {
        var range = ReportRange.Resolve(null, null, period, Today);

        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to), period), (range.From, range.To, range.Period));
    }

    [Fact]
    public void Without_parameters_the_range_is_the_current_month_to_date()
    {
        Assert.Equal(new ReportRange(new DateOnly(2026, 11, 1), Today, null), ReportRange.Resolve(null, null, null, Today));
    }

    [Theory]
    [InlineData("2027-W53")]
    [InlineData("2026-13")]
    [InlineData("26-Q1")]
    [InlineData("2026-q1")]
    public void A_malformed_or_impossible_period_is_refused(string period)
    {
        var error = Assert.Throws<RequestValidationException>(() => ReportRange.Resolve(null, null, period, Today));

        Assert.Contains("period", error.Errors.Keys);
    }

    [Fact]
    public void Exactly_five_years_is_accepted_and_a_day_more_is_not()
    {
        Assert.Equal(new DateOnly(2026, 1, 1), ReportRange.Resolve("2021-01-01", "2026-01-01", null, Today).To);
        Assert.Throws<RequestValidationException>(() => ReportRange.Resolve("2021-01-01", "2026-01-02", null, Today));
    }
}
