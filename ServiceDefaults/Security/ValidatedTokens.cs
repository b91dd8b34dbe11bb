using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

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

    /// <summary>The remembered token and a copy of its identity (the caller may add claims to it), or null.</summary>
    public ValidatedToken? Find(string token)
    {
        if (!_cache.TryGetValue(token, out ValidatedToken? entry))
        {
            return null;
        }

        if (entry!.RememberedUntil > time.GetUtcNow())
        {
            return entry with { Identity = entry.Identity.Clone() };
        }

        _cache.Remove(token);
        return null;
    }

    public void Remember(string token, ClaimsIdentity identity, SecurityToken validated)
    {
        var tokenExpiresAt = new DateTimeOffset(validated.ValidTo, TimeSpan.Zero);
        var maxAge = time.GetUtcNow() + MaxAge;
        // Expiry is judged by our TimeProvider in Find; the cache itself only bounds the number of entries.
        _cache.Set(token, new ValidatedToken(identity.Clone(), validated, tokenExpiresAt < maxAge ? tokenExpiresAt : maxAge),
            new MemoryCacheEntryOptions { Size = 1 });
    }

    public void Dispose() => _cache.Dispose();
}

/// <summary>A token that validated, its identity, and until when it is remembered (the token's expiry, if earlier).</summary>
public sealed record ValidatedToken(ClaimsIdentity Identity, SecurityToken Token, DateTimeOffset RememberedUntil);
