using Microsoft.Extensions.Configuration;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.Testing;

namespace ServiceExcellence.ServiceDefaults.Tests.Organisation;

/// <summary>The one organisation calendar every service uses; pure logic, no infrastructure.</summary>
public sealed class OrganisationCalendarTests
{
    [Fact]
    public void Without_configuration_the_calendar_is_shanghai_so_16_00_utc_is_already_the_next_day()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero));
        var calendar = OrganisationCalendar.From(new ConfigurationBuilder().Build(), clock);

        Assert.Equal(new DateOnly(2026, 4, 1), calendar.Today());
        Assert.Equal(new DateOnly(2026, 3, 31), calendar.DayOf(clock.GetUtcNow().AddTicks(-1)));
    }

    [Fact]
    public void A_local_day_starts_and_ends_at_local_midnight_given_in_utc()
    {
        var calendar = OrganisationCalendar.For("Asia/Shanghai", TimeProvider.System);

        Assert.Equal(new DateTimeOffset(2026, 12, 30, 16, 0, 0, TimeSpan.Zero), calendar.StartOf(new DateOnly(2026, 12, 31)));
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero), calendar.EndOf(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void The_configured_zone_decides_the_day()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [OrganisationCalendar.TimeZoneKey] = "Europe/Berlin" }).Build();
        var calendar = OrganisationCalendar.From(configuration, new ManualClock(new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2026, 7, 2), calendar.Today()); // 00:30 in Berlin (summer time, UTC+2)
    }

    [Fact]
    public void An_unknown_zone_is_refused_with_a_message_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OrganisationCalendar.For("Mars/Olympus_Mons", TimeProvider.System));

        Assert.Contains(OrganisationCalendar.TimeZoneKey, error.Message);
        Assert.Contains("Mars/Olympus_Mons", error.Message);
    }

    [Fact]
    public void Now_is_cut_to_whole_microseconds_in_utc()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 5, 5, 10, 0, 0, TimeSpan.FromHours(8)).AddTicks(1_234_567));
        var now = OrganisationCalendar.For(null, clock).Now();

        Assert.Equal(TimeSpan.Zero, now.Offset);
        Assert.Equal(0, now.Ticks % TimeSpan.TicksPerMicrosecond);
        Assert.Equal(clock.GetUtcNow().ToStoredPrecision(), now);
        Assert.True(clock.GetUtcNow() - now < TimeSpan.FromTicks(TimeSpan.TicksPerMicrosecond));
    }
}
