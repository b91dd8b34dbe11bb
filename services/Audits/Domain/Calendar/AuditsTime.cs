namespace ServiceExcellence.Audits.Domain.Calendar;

/// <summary>
/// "Now" cut to PostgreSQL's microsecond precision, so times answered at once, stored and carried by events are equal.
/// </summary>
public static class AuditsTime
{
    public static DateTimeOffset AuditsNow(this TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
