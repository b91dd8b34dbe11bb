using Microsoft.Extensions.Configuration;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.ServiceDefaults.Organisation;

/// <summary>
/// The organisation's calendar, the same in every service (<c>Organisation:TimeZone</c>, default <c>Asia/Shanghai</c>):
/// which local day an instant falls on, today's date there, and the instants a local day starts and ends. Goals' "today",
/// Audits' due dates and Reporting's periods must agree, so no service keeps a zone of its own.
/// </summary>
public sealed class OrganisationCalendar(TimeZoneInfo zone, TimeProvider time)
{
    public const string TimeZoneKey = "Organisation:TimeZone";
    public const string DefaultTimeZone = "Asia/Shanghai";

    public TimeZoneInfo Zone => zone;

    /// <summary>The calendar of a configured zone id (null or empty: the default).</summary>
    /// <exception cref="InvalidOperationException">The id names no time zone this machine knows.</exception>
    public static OrganisationCalendar For(string? timeZoneId, TimeProvider time)
    {
        var id = string.IsNullOrWhiteSpace(timeZoneId) ? DefaultTimeZone : timeZoneId;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found)
            ? new OrganisationCalendar(found, time)
            : throw new InvalidOperationException($"{TimeZoneKey} is '{id}', which names no time zone known here (e.g. Asia/Shanghai, Europe/Berlin).");
    }

    public static OrganisationCalendar From(IConfiguration configuration, TimeProvider time) => For(configuration[TimeZoneKey], time);

    /// <summary>Now, at the precision PostgreSQL stores, so answered, stored and published times agree.</summary>
    public DateTimeOffset Now() => time.StoredNow();

    public DateOnly Today() => DayOf(time.GetUtcNow());

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>Local midnight at the start of <paramref name="date"/>, as a UTC instant.</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The end of <paramref name="date"/>: the instant the next day starts (a due time is met up to it).</summary>
    public DateTimeOffset EndOf(DateOnly date) => StartOf(date.AddDays(1));
}
