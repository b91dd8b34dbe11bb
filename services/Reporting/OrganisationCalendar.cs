using Microsoft.Extensions.Options;

namespace ServiceExcellence.Reporting;

/// <summary>The organisation's calendar: which local day an instant falls on, and today's date there.</summary>
public sealed class OrganisationCalendar(IOptions<ReportingOptions> options, TimeProvider time)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    public DateOnly Today => DayOf(time.GetUtcNow());
}
