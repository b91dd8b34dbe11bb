namespace ServiceExcellence.Gateway.RateLimiting;

/// <summary>
/// One gateway instance's share of a shared budget in the current window: the requests it may still let through
/// without asking Redis, or the knowledge that the budget is used up until the window ends.
/// </summary>
internal sealed class BudgetLease
{
    private readonly Lock _gate = new();
    private long _endsAt;
    private int _remaining;
    private bool _exhausted;
    private Task<bool>? _refill;

    /// <summary>The outcome of taking one request from the lease.</summary>
    public enum Take
    {
        Taken,
        Exhausted,
        MustRefill,
    }

    /// <summary>Whether the lease's window has ended (by <paramref name="now"/>, a <see cref="TimeProvider"/> timestamp) with no refill under way.</summary>
    public bool IsStale(long now)
    {
        lock (_gate)
        {
            return now >= _endsAt && _refill is null;
        }
    }

    /// <summary>Takes one request from the lease; when it is exhausted, says for how long (in timestamp ticks).</summary>
    public Take TryTake(long now, out long untilWindowEnds)
    {
        lock (_gate)
        {
            untilWindowEnds = _endsAt - now;
            if (untilWindowEnds <= 0)
            {
                return Take.MustRefill;
            }

            if (_remaining > 0)
            {
                _remaining--;
                return Take.Taken;
            }

            // A lease emptied by this instance's own requests may still have budget left in Redis; only a refill that
            // was granted nothing proves the budget used up.
            return _refill is null && _exhausted ? Take.Exhausted : Take.MustRefill;
        }
    }

    /// <summary>
    /// The refill under way, or a new one from <paramref name="start"/>: concurrent requests that find the lease empty
    /// share one Redis round trip. The task's result is false when Redis did not answer.
    /// </summary>
    public Task<bool> RefillAsync(Func<Task<(int Granted, long EndsAt)?>> start)
    {
        lock (_gate)
        {
            return _refill ??= CompleteAsync(start);
        }
    }

    private async Task<bool> CompleteAsync(Func<Task<(int Granted, long EndsAt)?>> start)
    {
        // Yield first so the lock that starts the refill is never held across the call to Redis.
        await Task.Yield();
        (int Granted, long EndsAt)? grant = null;
        try
        {
            grant = await start();
        }
        finally
        {
            lock (_gate)
            {
                if (grant is { } granted)
                {
                    _remaining = granted.Granted;
                    _exhausted = granted.Granted == 0;
                    _endsAt = granted.EndsAt;
                }

                _refill = null;
            }
        }

        return grant is not null;
    }
}
