using StackExchange.Redis;

namespace ServiceExcellence.Reporting.Caching;

/// <summary>
/// Per-department change counters in Redis. A consumer advances the counters of the departments it changed (and the
/// organisation's) after its commit; a cached report's key contains the counters of its scope, so a change makes
/// every report over that department miss. A rebuild advances the epoch, which is in every key.
/// </summary>
public sealed class ReportGenerations(IServiceProvider services, ILogger<ReportGenerations> logger)
{
    private const string Prefix = "reporting:generation:";
    private const string Organisation = Prefix + "organisation";
    private const string Epoch = Prefix + "epoch";

    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();

    public bool Available => _redis is { IsConnected: true };

    public async Task AdvanceAsync(IReadOnlySet<string> departments)
    {
        if (departments.Count == 0 || _redis is null)
        {
            return;
        }

        try
        {
            var db = _redis.GetDatabase();
            await Task.WhenAll(departments.Select(d => db.StringIncrementAsync(Prefix + d)).Append(db.StringIncrementAsync(Organisation)));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not advance the report cache generations of {Departments}; their cached reports may be served until they expire",
                string.Join(", ", departments));
        }
    }

    public async Task AdvanceAllAsync()
    {
        if (_redis is null)
        {
            return;
        }

        try
        {
            await _redis.GetDatabase().StringIncrementAsync(Epoch);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not advance the report cache epoch after a rebuild");
        }
    }

    /// <summary>The counters of a scope (null: the whole organisation) as a string for a cache key.</summary>
    public async Task<string> StampAsync(IReadOnlyList<string>? departments)
    {
        var keys = (departments is null ? [Organisation] : departments.Order(StringComparer.Ordinal).Select(d => Prefix + d))
            .Prepend(Epoch).Select(k => (RedisKey)k).ToArray();
        var values = await _redis!.GetDatabase().StringGetAsync(keys);
        return string.Join(',', keys.Zip(values, (k, v) => $"{k}={(v.IsNull ? "0" : v.ToString())}"));
    }
}
