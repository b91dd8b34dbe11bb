using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace ServiceExcellence.ServiceDefaults.Security;

/// <summary>
/// Remembers tokens that validated, so a client sending the same token thousands of times (a telephony system, the
/// web widget) pays the ~0.2 ms RSA validation once. An entry never outlives the token's own expiry, and at most five
/// minutes, so a key rotation takes effect within that time; the cache is bounded in entries.
/// </summary>
public sealed class ValidatedTokens(TimeProvider time) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public ClaimsIdentity? Find(string token)
    {
        if (!_cache.TryGetValue(token, out Entry? entry))
        {
            return null;
        }

        if (entry!.ExpiresAt > time.GetUtcNow())
        {
            return entry.Identity.Clone();
        }

        _cache.Remove(token);
        return null;
    }

    public void Remember(string token, ClaimsIdentity identity, DateTimeOffset tokenExpiresAt)
    {
        var expires = tokenExpiresAt < time.GetUtcNow() + MaxAge ? tokenExpiresAt : time.GetUtcNow() + MaxAge;
        // Expiry is judged by our TimeProvider in Find; the cache itself only bounds the number of entries.
        _cache.Set(token, new Entry(identity.Clone(), expires), new MemoryCacheEntryOptions { Size = 1 });
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(ClaimsIdentity Identity, DateTimeOffset ExpiresAt);
}
