namespace ServiceExcellence.Audits.Domain.Calendar;

/// <summary>
/// Dates in the organisation's time zone (configuration <c>Organisation:TimeZone</c>, default <c>Asia/Shanghai</c>):
/// a due date means the end of that day there, and a period starts at local midnight.
/// </summary>
public sealed class OrganisationCalendar(TimeZoneInfo zone)
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public TimeZoneInfo Zone { get; } = zone;

    public static OrganisationCalendar For(string? timeZoneId) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(timeZoneId) ? DefaultTimeZone : timeZoneId));

    /// <summary>Local midnight at the start of <paramref name="date"/>, as a UTC instant.</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The end of <paramref name="date"/>: the instant the next day starts (a due time is met up to it).</summary>
    public DateTimeOffset EndOf(DateOnly date) => StartOf(date.AddDays(1));
}
