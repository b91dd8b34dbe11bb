namespace ServiceExcellence.ServiceDefaults.Data;

/// <summary>
/// Instants at PostgreSQL's precision (whole microseconds, UTC): a time answered at once, the stored one and the one
/// an event carries are then equal, where a 100 ns tick would otherwise differ after a round trip.
/// </summary>
public static class StoredTime
{
    public static DateTimeOffset StoredNow(this TimeProvider time) => time.GetUtcNow().ToStoredPrecision();

    public static DateTimeOffset ToStoredPrecision(this DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
