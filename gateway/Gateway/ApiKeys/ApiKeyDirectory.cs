using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using ServiceExcellence.Gateway.Data;
using ServiceExcellence.Gateway.Domain.ApiKeys;

namespace ServiceExcellence.Gateway.ApiKeys;

/// <summary>
/// Finds the active key for a presented key by its hash. Answers (unknown keys included, so a flood of made-up keys
/// costs one query per key per freshness period) are cached for <see cref="ApiKeyOptions.CacheFreshness"/>, which is
/// what makes a revocation reach every gateway instance within one second without any messaging between them.
/// </summary>
public sealed class ApiKeyDirectory(IServiceScopeFactory scopes, TimeProvider time, IOptions<ApiKeyOptions> options) : IDisposable
{
    private readonly MemoryCache _keys = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly Lock _originsLock = new();
    private (IReadOnlySet<string> Origins, DateTimeOffset FreshUntil)? _origins;

    public async Task<ActiveApiKey?> FindAsync(string presentedKey, CancellationToken cancellationToken)
    {
        var hash = ApiKeySecret.HashOf(presentedKey);
        var now = time.GetUtcNow();
        if (_keys.TryGetValue(hash, out Cached? cached) && cached!.FreshUntil > now)
        {
            return cached.Key;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var row = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash)
            .Select(k => new { k.Id, k.Name, k.Departments, k.AllowedOrigins, k.RevokedAt })
            .SingleOrDefaultAsync(cancellationToken);
        var active = row is { RevokedAt: null }
            ? new ActiveApiKey(row.Id, row.Name, row.Departments, row.AllowedOrigins.ToHashSet(StringComparer.Ordinal))
            : null;
        _keys.Set(hash, new Cached(active, now + options.Value.CacheFreshness), new MemoryCacheEntryOptions { Size = 1 });
        return active;
    }

    /// <summary>Every origin some active key allows: a CORS preflight carries no key, so it is judged against all of them.</summary>
    public async Task<IReadOnlySet<string>> AllowedOriginsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (_originsLock)
        {
            if (_origins is { } fresh && fresh.FreshUntil > now)
            {
                return fresh.Origins;
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var lists = await db.ApiKeys.AsNoTracking().Where(k => k.RevokedAt == null).Select(k => k.AllowedOrigins)
            .ToListAsync(cancellationToken);
        var origins = lists.SelectMany(o => o).ToHashSet(StringComparer.Ordinal);
        lock (_originsLock)
        {
            _origins = (origins, now + options.Value.CacheFreshness);
        }

        return origins;
    }

    /// <summary>Drops what this instance remembers about a key, so a revocation takes effect here at once.</summary>
    public void Forget(string keyHash)
    {
        _keys.Remove(keyHash);
        lock (_originsLock)
        {
            _origins = null;
        }
    }

    public void Dispose() => _keys.Dispose();

    private sealed record Cached(ActiveApiKey? Key, DateTimeOffset FreshUntil);
}
