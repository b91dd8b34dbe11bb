using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ServiceExcellence.Gateway.RateLimiting;

/// <summary>
/// Fixed-window counters in Redis: one script call per request increments every budget the request draws on and
/// starts each window on its first request, so all gateway instances count against the same numbers.
/// </summary>
public sealed class RedisRateLimiter(IServiceProvider services, IOptions<RateLimitOptions> options, TimeProvider time, ILogger<RedisRateLimiter> logger)
{
    // KEYS: the counters; ARGV[1]: the window in ms. Returns count and remaining ms of each counter, in order.
    private const string Script = """
        local result = {}
        for i, key in ipairs(KEYS) do
          local count = redis.call('INCR', key)
          if count == 1 then redis.call('PEXPIRE', key, ARGV[1]) end
          local ttl = redis.call('PTTL', key)
          if ttl < 0 then redis.call('PEXPIRE', key, ARGV[1]); ttl = tonumber(ARGV[1]) end
          result[#result + 1] = count
          result[#result + 1] = ttl
        end
        return result
        """;

    private static readonly TimeSpan WarnEvery = TimeSpan.FromSeconds(10);
    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();
    private long _lastWarningTicks = long.MinValue;

    public async Task<RateLimitDecision> AcquireAsync(IReadOnlyList<RateLimitBudget> budgets)
    {
        if (_redis is null || budgets.Count == 0)
        {
            return RateLimitDecision.Allowed;
        }

        var window = options.Value.Window;
        RedisResult[] counters;
        try
        {
            counters = (RedisResult[])(await _redis.GetDatabase().ScriptEvaluateAsync(
                Script,
                budgets.Select(b => (RedisKey)(options.Value.KeyPrefix + b.Key)).ToArray(),
                [(long)window.TotalMilliseconds]))!;
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Fail open: intake from customers matters more than the limit, and Redis being down already shows as an
            // incident on /health. Refusing everything would turn a cache outage into a full outage of the suite.
            WarnFailOpen(e);
            return RateLimitDecision.Allowed;
        }

        for (var i = 0; i < budgets.Count; i++)
        {
            if ((long)counters[2 * i] > budgets[i].Limit)
            {
                return new RateLimitDecision(budgets[i], TimeSpan.FromMilliseconds((long)counters[(2 * i) + 1]));
            }
        }

        return RateLimitDecision.Allowed;
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
