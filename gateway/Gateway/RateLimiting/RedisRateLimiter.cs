using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ServiceExcellence.Gateway.RateLimiting;

/// <summary>
/// Fixed-window budgets counted in Redis, so all gateway instances count against the same numbers. Each instance
/// leases requests from a budget in blocks of at most a tenth of its limit and lets them through without a round
/// trip; a budget never lets more than its limit through in a window, and an instance may refuse while others still
/// hold the unused rest of their blocks.
/// </summary>
public sealed class RedisRateLimiter(IServiceProvider services, IOptions<RateLimitOptions> options, TimeProvider time, ILogger<RedisRateLimiter> logger)
{
    // KEYS[1]: the counter; ARGV: window in ms, limit, block. Grants up to a block of what is left of the limit and
    // starts the window on its first grant. Returns the grant and the window's remaining ms.
    private const string Script = """
        local count = tonumber(redis.call('GET', KEYS[1]) or '0')
        local grant = math.min(tonumber(ARGV[3]), tonumber(ARGV[2]) - count)
        if grant > 0 then
          if redis.call('INCRBY', KEYS[1], grant) == grant then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        else
          grant = 0
        end
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          if grant > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
          ttl = tonumber(ARGV[1])
        end
        return {grant, ttl}
        """;

    private static readonly TimeSpan WarnEvery = TimeSpan.FromSeconds(10);
    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();
    private readonly ConcurrentDictionary<string, BudgetLease> _leases = new();
    private long _nextSweep;
    private long _lastWarningTicks = long.MinValue;

    public async ValueTask<RateLimitDecision> AcquireAsync(IReadOnlyList<RateLimitBudget> budgets)
    {
        if (_redis is null || budgets.Count == 0)
        {
            return RateLimitDecision.Allowed;
        }

        SweepEndedLeases();
        foreach (var budget in budgets)
        {
            var retryAfter = await TakeAsync(budget);
            if (retryAfter is { } wait)
            {
                return new RateLimitDecision(budget, wait);
            }
        }

        return RateLimitDecision.Allowed;
    }

    /// <summary>Takes one request from the budget; null when it passes, else how long until the window ends.</summary>
    private async ValueTask<TimeSpan?> TakeAsync(RateLimitBudget budget)
    {
        var key = options.Value.KeyPrefix + budget.Key;
        var lease = _leases.GetOrAdd(key, static _ => new BudgetLease());
        while (true)
        {
            switch (lease.TryTake(time.GetTimestamp(), out var untilWindowEnds))
            {
                case BudgetLease.Take.Taken:
                    return null;
                case BudgetLease.Take.Exhausted:
                    return TimeSpan.FromSeconds((double)untilWindowEnds / time.TimestampFrequency);
            }

            if (!await lease.RefillAsync(() => LeaseAsync(key, budget.Limit)))
            {
                return null;
            }
        }
    }

    private async Task<(int Granted, long EndsAt)?> LeaseAsync(string key, int limit)
    {
        var window = options.Value.Window;
        var block = Math.Clamp(limit / 10, 1, Math.Max(1, options.Value.LeaseSize));
        try
        {
            var answer = (RedisResult[])(await _redis!.GetDatabase().ScriptEvaluateAsync(
                Script, [key], [(long)window.TotalMilliseconds, limit, block]))!;
            var endsAt = time.GetTimestamp() + ((long)answer[1] * time.TimestampFrequency / 1000);
            return ((int)answer[0], endsAt);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Fail open: intake from customers matters more than the limit, and Redis being down already shows as an
            // incident on /health. Refusing everything would turn a cache outage into a full outage of the suite.
            WarnFailOpen(e);
            return null;
        }
    }

    /// <summary>Forgets leases whose window has ended, at most once a window, so one-off client addresses do not pile up.</summary>
    private void SweepEndedLeases()
    {
        var now = time.GetTimestamp();
        var due = Interlocked.Read(ref _nextSweep);
        if (now < due || Interlocked.CompareExchange(ref _nextSweep, now + (long)(options.Value.Window.TotalSeconds * time.TimestampFrequency), due) != due)
        {
            return;
        }

        foreach (var (key, lease) in _leases)
        {
            if (lease.IsStale(now))
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
}
