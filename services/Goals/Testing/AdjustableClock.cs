namespace ServiceExcellence.Goals.Testing;

/// <summary>
/// The system clock moved forward by an offset that only grows: the Goals service's clock when
/// <c>Goals:TestClock:Enabled</c> is set, so that an end-to-end test can let hours pass for the contingency clock
/// and the cadences. Timers still tick in real time; only "now" moves.
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    /// <summary>Moves "now" forward and returns the new time.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
