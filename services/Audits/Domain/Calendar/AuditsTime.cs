namespace ServiceExcellence.Audits.Domain.Calendar;

/// <summary>
/// "Now" cut to PostgreSQL's microsecond precision, so times answered at once, stored and carried by events are equal.
/// </summary>
public static class AuditsTime
{
    public static DateTimeOffset AuditsNow(this TimeProvider time) => time.GetUtcNow().ToStoredPrecision();

    /// <summary>The instant in UTC as PostgreSQL stores it (whole microseconds).</summary>
    public static DateTimeOffset ToStoredPrecision(this DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
