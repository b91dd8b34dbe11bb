namespace ServiceExcellence.Goals.Tracking;

/// <summary>
/// Dates in the organisation's time zone (<c>Organisation:TimeZone</c>, e.g. <c>Asia/Shanghai</c>; UTC when unset),
/// the zone Reporting cuts its periods in, so "today" and a goal's period mean the same on both sides.
/// </summary>
public sealed class OrganisationCalendar(TimeProvider time, IConfiguration configuration)
{
    private readonly TimeZoneInfo _zone = configuration["Organisation:TimeZone"] is { Length: > 0 } id
        ? TimeZoneInfo.FindSystemTimeZoneById(id)
        : TimeZoneInfo.Utc;

    /// <summary>Now, cut to PostgreSQL's microsecond precision so answered, stored and published times agree.</summary>
    public DateTimeOffset Now()
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).DateTime);
}
