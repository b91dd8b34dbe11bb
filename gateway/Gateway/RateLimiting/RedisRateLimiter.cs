using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ServiceExcellence.Gateway.RateLimiting;

/// <summary>
/// Fixed-window budgets counted in Redis, so all gateway instances count against the same numbers. Windows are aligned
/// to the clock (each starts at a multiple of its length in Unix time), so every instance knows when the next one
/// starts. Each instance leases requests from a budget in blocks of at most a tenth of its limit and lets them through
/// without a round trip, asks for the next block while half of the current one is left, and leases the next window's
/// first block shortly before that window starts; a budget never lets more than its limit through in a window, and an
/// instance may refuse while others still hold the unused rest of their leases (at most a block and a half each).
/// </summary>
public sealed class RedisRateLimiter(IServiceProvider services, IOptions<RateLimitOptions> options, TimeProvider time, ILogger<RedisRateLimiter> logger)
{
    // KEYS[1]: the window's counter; ARGV: limit, block, expiry in ms. Grants up to a block of what is left of the limit.
    private const string Script = """
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        local grant = math.min(tonumber(ARGV[2]), tonumber(ARGV[1]) - count)
        if grant <= 0 then return 0 end
        redis.call('INCRBY', KEYS[1], grant)
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return grant
        """;

    /// <summary>How long before a window starts its first block is leased: a fifth of the window, at most this.</summary>
    private static readonly TimeSpan MaxLeadTime = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan WarnEvery = TimeSpan.FromSeconds(10);
    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();
    // Leases by budget and window, a window named by its start in Unix milliseconds, so changing the window's length
    // (a configuration reload) never mistakes one window for another, here or in Redis.
    private readonly ConcurrentDictionary<(string Key, long WindowStart), BudgetLease> _leases = new();
    private long _sweptBefore;
    private long _lastWarningTicks = long.MinValue;

    public async ValueTask<RateLimitDecision> AcquireAsync(IReadOnlyList<RateLimitBudget> budgets)
    {
        if (_redis is null || budgets.Count == 0)
        {
            return RateLimitDecision.Allowed;
        }

        var windowMs = Math.Max(1, (long)options.Value.Window.TotalMilliseconds);
        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        var window = nowMs / windowMs * windowMs;
        var untilNext = TimeSpan.FromMilliseconds(window + windowMs - nowMs);
        SweepEndedWindows(window);

        // Budgets that must wait for Redis ask it together: one round trip, not one each.
        List<(RateLimitBudget Budget, Task<bool> Take)>? waiting = null;
        foreach (var budget in budgets)
        {
            var take = TakeAsync(budget, window, untilNext, windowMs);
            if (!take.IsCompleted)
            {
                (waiting ??= []).Add((budget, take.AsTask()));
            }
            else if (!take.Result)
            {
                return new RateLimitDecision(budget, untilNext);
            }
        }

        foreach (var (budget, take) in waiting ?? [])
        {
            if (!await take)
            {
                return new RateLimitDecision(budget, untilNext);
            }
        }

        return RateLimitDecision.Allowed;
    }

    /// <summary>Takes one request from the budget's lease for the window starting at <paramref name="window"/> (Unix ms); false when the budget is used up.</summary>
    private async ValueTask<bool> TakeAsync(RateLimitBudget budget, long window, TimeSpan untilNext, long windowMs)
    {
        var current = new LeasedWindow(
            options.Value.KeyPrefix + budget.Key, budget.Limit, Math.Clamp(budget.Limit / 10, 1, Math.Max(1, options.Value.LeaseSize)), window, windowMs);
        var lease = _leases.GetOrAdd((current.Key, window), static (_, block) => new BudgetLease(block), current.Block);
        while (true)
        {
            switch (lease.TryTake())
            {
                case BudgetLease.Take.Taken:
                    LeaseNextWindowIfDue(current, untilNext);
                    return true;
                case BudgetLease.Take.TakenRefillAhead:
                    _ = RefillAheadAsync(lease, current);
                    LeaseNextWindowIfDue(current, untilNext);
                    return true;
                case BudgetLease.Take.Exhausted:
                    return false;
            }

            if (!await lease.RefillAsync(() => LeaseAsync(current)))
            {
                return true;
            }
        }
    }

    /// <summary>
    /// Near the end of a window in which the budget is used, leases the next window's first block in the background, so
    /// the first request of that window does not wait for Redis either.
    /// </summary>
    private void LeaseNextWindowIfDue(LeasedWindow current, TimeSpan untilNext)
    {
        var lead = TimeSpan.FromMilliseconds(Math.Min(current.Length / 5, MaxLeadTime.TotalMilliseconds));
        var next = current.Next;
        if (untilNext > lead || _leases.ContainsKey((next.Key, next.Start)))
        {
            return;
        }

        var lease = new BudgetLease(next.Block);
        if (_leases.TryAdd((next.Key, next.Start), lease))
        {
            _ = RefillAheadAsync(lease, next);
        }
    }

    /// <summary>Leases a block while requests are still served from what is held; no request waits for it.</summary>
    private async Task RefillAheadAsync(BudgetLease lease, LeasedWindow window)
    {
        try
        {
            await lease.RefillAsync(() => LeaseAsync(window));
        }
        catch (Exception e)
        {
            // Nobody awaits this task; a request that finds the lease empty starts its own refill and meets the error.
            logger.LogError(e, "Leasing ahead from {Budget} failed", window.Key);
        }
    }

    private async Task<int?> LeaseAsync(LeasedWindow window)
    {
        try
        {
            // The counter outlives its window by one more, which covers instances whose clocks run a little behind.
            return (int)await _redis!.GetDatabase().ScriptEvaluateAsync(
                Script, [$"{window.Key}:{window.Start}"], [window.Limit, window.Block, 2 * window.Length]);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Fail open: intake from customers matters more than the limit, and Redis being down already shows as an
            // incident on /health. Refusing everything would turn a cache outage into a full outage of the suite.
            WarnFailOpen(e);
            return null;
        }
    }

    /// <summary>Forgets the leases of ended windows, once a window, so one-off client addresses do not pile up.</summary>
    private void SweepEndedWindows(long window)
    {
        var swept = Interlocked.Read(ref _sweptBefore);
        if (window <= swept || Interlocked.CompareExchange(ref _sweptBefore, window, swept) != swept)
        {
            return;
        }

        foreach (var (key, _) in _leases)
        {
            if (key.WindowStart < window)
            {
                _leases.TryRemove(key, out _);
            }
        }
    }

    private void WarnFailOpen(Exception error)
    {
        var now = time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastWarningTicks);
        if (now - last >= WarnEvery.Ticks && Interlocked.CompareExchange(ref _lastWarningTicks, now, last) == last)
        {
            logger.LogWarning(error, "Rate limits not enforced: Redis did not answer ({Message}); requests pass unlimited", error.Message);
        }
    }

    /// <summary>One budget in one window: its Redis key prefix, limit and block size, and the window's start and length in ms.</summary>
    private readonly record struct LeasedWindow(string Key, int Limit, int Block, long Start, long Length)
    {
        public LeasedWindow Next => this with { Start = Start + Length };
    }
}
