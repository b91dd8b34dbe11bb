using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceExcellence.ServiceDefaults.Http;
using StackExchange.Redis;

namespace ServiceExcellence.Reporting.Caching;

/// <summary>
/// Caches report responses in Redis under report + normalised parameters, each stamped with the change counters of
/// the report's scope it was computed under, for <see cref="ReportingOptions.CacheTtl"/>. When Redis is down reports are computed every time, never failed.
/// </summary>
public sealed class ReportCache(
    IServiceProvider services, ReportGenerations generations, IOptions<ReportingOptions> options, ILogger<ReportCache> logger)
{
    public const string BypassHeader = "X-Report-Cache";

    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();

    /// <summary>Whether a request asked to skip the cache and the service is configured to honour that.</summary>
    public bool Bypassed(HttpContext http) =>
        options.Value.AllowCacheBypass && http.Request.Headers[BypassHeader] == "bypass";

    public async Task<T> GetOrComputeAsync<T>(
        string report, string parameters, IReadOnlyList<string>? scope, bool bypass, Func<Task<T>> compute)
    {
        if (bypass || !options.Value.CacheEnabled || _redis is null)
        {
            return await compute();
        }

        if (!generations.Available)
        {
            logger.LogWarning("Redis is unavailable; serving {Report} uncached", report);
            return await compute();
        }

        // One round trip: the scope's counters and the cached entry together. The entry starts with the counters it was
        // computed under; it is served only while they are still current.
        var key = (RedisKey)("reporting:report:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{report}|{parameters}"))));
        var stampKeys = ReportGenerations.StampKeys(scope);
        string stamp;
        try
        {
            var values = await _redis.GetDatabase().StringGetAsync([.. stampKeys, key]);
            stamp = ReportGenerations.Stamp(stampKeys, values.AsSpan(0, stampKeys.Length));
            if (values[^1].HasValue && (string)values[^1]! is var entry && entry.Length > stamp.Length &&
                entry[stamp.Length] == '\n' && entry.StartsWith(stamp, StringComparison.Ordinal))
            {
                return JsonSerializer.Deserialize<T>(entry.AsSpan(stamp.Length + 1), JsonDefaults.Options)!;
            }
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Redis failed; serving {Report} uncached", report);
            return await compute();
        }

        var result = await compute();
        try
        {
            await _redis.GetDatabase().StringSetAsync(key, stamp + "\n" + JsonSerializer.Serialize(result, JsonDefaults.Options), options.Value.CacheTtl);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not cache {Report}", report);
        }

        return result;
    }
}
