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

    /// <summary>The keys of the counters a scope's reports depend on (null: the whole organisation), the epoch first.</summary>
    public static RedisKey[] StampKeys(IReadOnlyList<string>? departments) =>
        (departments is null ? [Organisation] : departments.Order(StringComparer.Ordinal).Select(d => Prefix + d))
            .Prepend(Epoch).Select(k => (RedisKey)k).ToArray();

    /// <summary>The counters' values as read with <see cref="StampKeys"/>, as one string (names kept: a moved department changes it).</summary>
    public static string Stamp(RedisKey[] keys, ReadOnlySpan<RedisValue> values)
    {
        var parts = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            parts[i] = $"{keys[i]}={(values[i].IsNull ? "0" : values[i].ToString())}";
        }

        return string.Join(',', parts);
    }
}
