namespace ServiceExcellence.Gateway.RateLimiting;

/// <summary>
/// One gateway instance's share of a shared budget in one window: the requests it may still let through without
/// asking Redis, or the knowledge that the budget is used up for the window. The next block is asked for once half of
/// the current one is used, so requests only wait for Redis when they outrun that refill.
/// </summary>
internal sealed class BudgetLease(int block)
{
    private readonly Lock _gate = new();
    private int _remaining;
    private bool _exhausted;
    private Task<bool>? _refill;

    /// <summary>The outcome of taking one request from the lease.</summary>
    public enum Take
    {
        Taken,

        /// <summary>Taken, and the lease is down to half a block: the caller should start a refill without waiting for it.</summary>
        TakenRefillAhead,
        Exhausted,
        MustRefill,
    }

    /// <summary>Takes one request from the lease.</summary>
    public Take TryTake()
    {
        lock (_gate)
        {
            if (_remaining > 0)
            {
                _remaining--;
                // Blocks of one (limits of ten or less) are not leased ahead, so small limits stay counted request
                // by request and no instance holds a request that another would then refuse.
                return block > 1 && _remaining <= block / 2 && _refill is null && !_exhausted ? Take.TakenRefillAhead : Take.Taken;
            }

            // A lease emptied by this instance's own requests may still have budget left in Redis; only a refill that
            // was granted nothing proves the budget used up.
            return _refill is null && _exhausted ? Take.Exhausted : Take.MustRefill;
        }
    }

    /// <summary>
    /// The refill under way, or a new one from <paramref name="start"/>: concurrent requests that find the lease empty
    /// share one Redis round trip. What is granted adds to what is left. The task's result is false when Redis did not
    /// answer.
    /// </summary>
    public Task<bool> RefillAsync(Func<Task<int?>> start)
    {
        lock (_gate)
        {
            return _refill ??= CompleteAsync(start);
        }
    }

    private async Task<bool> CompleteAsync(Func<Task<int?>> start)
    {
        // Yield first so the lock that starts the refill is never held across the call to Redis.
        await Task.Yield();
        int? granted = null;
        try
        {
            granted = await start();
        }
        finally
        {
            lock (_gate)
            {
                if (granted is { } count)
                {
                    _remaining += count;
                    _exhausted = count == 0;
                }

                _refill = null;
            }
        }

        return granted is not null;
    }
}
