namespace ServiceExcellence.AppHost.Orchestration;

/// <summary>
/// Restart delays of a crashing process: 1 s, 2 s, 4 s ... at most 30 s; back to 1 s once it has stayed healthy
/// for <see cref="StableAfter"/>.
/// </summary>
internal sealed class Backoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Max = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan StableAfter = TimeSpan.FromSeconds(30);

    private TimeSpan _next = First;

    /// <summary>The delay before the next attempt; each call doubles the one after.</summary>
    public TimeSpan Next()
    {
        var delay = _next;
        _next = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, Max.Ticks));
        return delay;
    }

    /// <summary>Starts over at 1 s when the process had been healthy for long enough before it failed.</summary>
    public void ResetIfStable(TimeSpan healthyFor)
    {
        if (healthyFor >= StableAfter)
        {
            _next = First;
        }
    }
}
