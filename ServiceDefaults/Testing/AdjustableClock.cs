namespace ServiceExcellence.ServiceDefaults.Testing;

/// <summary>
/// The system clock moved forward by an offset that only grows: a service's clock when its test clock is enabled
/// (<see cref="TestClock"/>), so that an end-to-end test can let hours pass for deadlines, cadences and checks that
/// wait N periods. Timers still tick in real time; only "now" moves.
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
