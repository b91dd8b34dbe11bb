using ServiceExcellence.Reporting.Metrics;

namespace ServiceExcellence.Reporting.Tests.Units;

public sealed class SeriesBucketTests
{
    [Fact]
    public void Weeks_across_a_new_year_carry_their_iso_year()
    {
        var buckets = SeriesBucket.Cover(new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 5), Granularity.Week);

        Assert.Equal(new[] { "2026-W52", "2026-W53", "2027-W01" }, buckets.Select(b => b.Label));
        Assert.Equal(new DateOnly(2026, 12, 24), buckets[0].PeriodStart);
        Assert.Equal("2026-12-21", buckets[0].Key);
        Assert.Equal((new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 5)), (buckets[2].PeriodStart, buckets[2].PeriodEnd));
    }

    [Fact]
    public void Quarters_are_labelled_by_year_and_number()
    {
        var buckets = SeriesBucket.Cover(new DateOnly(2026, 2, 10), new DateOnly(2026, 12, 31), Granularity.Quarter);

        Assert.Equal(new[] { "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4" }, buckets.Select(b => b.Label));
        Assert.Equal(new[] { "2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01" }, buckets.Select(b => b.Key));
    }
}
