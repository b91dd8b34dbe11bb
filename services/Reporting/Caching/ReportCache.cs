using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ServiceExcellence.ServiceDefaults.Http;
using StackExchange.Redis;

namespace ServiceExcellence.Reporting.Caching;

/// <summary>
/// Caches report responses in Redis under report + normalised parameters + the change counters of the report's scope,
/// for <see cref="ReportingOptions.CacheTtl"/>. When Redis is down reports are computed every time, never failed.
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

        string key;
        try
        {
            var stamp = await generations.StampAsync(scope);
            key = "reporting:report:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{report}|{parameters}|{stamp}")));
            var cached = await _redis.GetDatabase().StringGetAsync(key);
            if (cached.HasValue)
            {
                return JsonSerializer.Deserialize<T>((string)cached!, JsonDefaults.Options)!;
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
            await _redis.GetDatabase().StringSetAsync(key, JsonSerializer.Serialize(result, JsonDefaults.Options), options.Value.CacheTtl);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not cache {Report}", report);
        }

        return result;
    }
}
