using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using ServiceExcellence.Gateway.Data;
using ServiceExcellence.Gateway.Domain.ApiKeys;

namespace ServiceExcellence.Gateway.ApiKeys;

/// <summary>
/// Finds the active key for a presented key by its hash. Answers (unknown keys included, so a flood of made-up keys
/// costs one query per key per freshness period) are cached for <see cref="ApiKeyOptions.CacheFreshness"/>, which is
/// what makes a revocation reach every gateway instance within one second without any messaging between them. A key in
/// use is looked up again in the background once half its freshness has passed, so requests do not wait for the
/// database, and concurrent requests for a key never look it up more than once at a time.
/// </summary>
public sealed class ApiKeyDirectory(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ApiKeyOptions> options, ILogger<ApiKeyDirectory> logger) : IDisposable
{
    private readonly MemoryCache _keys = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly ConcurrentDictionary<string, Lazy<Task<ActiveApiKey?>>> _lookups = new();
    private readonly Lock _originsLock = new();
    private long _forgets;
    private (IReadOnlySet<string> Origins, DateTimeOffset FreshUntil)? _origins;

    public Task<ActiveApiKey?> FindAsync(string presentedKey, CancellationToken cancellationToken)
    {
        var hash = ApiKeySecret.HashOf(presentedKey);
        var now = time.GetUtcNow();
        var freshness = options.Value.CacheFreshness;
        if (_keys.TryGetValue(hash, out Cached? cached) && now - cached!.LookedUpAt < freshness)
        {
            if (now - cached.LookedUpAt >= freshness / 2)
            {
                RefreshInBackground(hash);
            }

            return Task.FromResult(cached.Key);
        }

        return LookUpAsync(hash).WaitAsync(cancellationToken);
    }

    private void RefreshInBackground(string hash) =>
        // A failed refresh leaves the cached answer until its freshness ends; the next request then asks the database
        // itself and gets the error. Logged here so the failure is not lost meanwhile.
        LookUpAsync(hash).ContinueWith(
            static (lookup, state) => ((ILogger)state!).LogWarning(lookup.Exception, "An API key could not be looked up again in the background"),
            logger, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    /// <summary>The lookup of <paramref name="hash"/> under way, or a new one; it caches its answer.</summary>
    private Task<ActiveApiKey?> LookUpAsync(string hash) =>
        _lookups.GetOrAdd(hash, static (key, directory) => new Lazy<Task<ActiveApiKey?>>(() => directory.QueryAsync(key)), this).Value;

    private async Task<ActiveApiKey?> QueryAsync(string hash)
    {
        // Asynchronous from the start, so the lookup is registered before it can finish and unregister itself.
        await Task.Yield();
        try
        {
            // Freshness counts from before the query: an answer is never trusted longer than the period allows.
            var now = time.GetUtcNow();
            var forgetsBefore = Volatile.Read(ref _forgets);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
            // Shared by every request waiting for this key, so no single request's cancellation may stop it.
            var row = await db.ApiKeys.AsNoTracking()
                .Where(k => k.KeyHash == hash)
                .Select(k => new { k.Id, k.Name, k.Departments, k.AllowedOrigins, k.RevokedAt })
                .SingleOrDefaultAsync(CancellationToken.None);
            var active = row is { RevokedAt: null }
                ? new ActiveApiKey(row.Id, row.Name, row.Departments, row.AllowedOrigins.ToHashSet(StringComparer.Ordinal))
                : null;
            if (Volatile.Read(ref _forgets) != forgetsBefore)
            {
                // A revocation here overtook this query, whose answer may predate it: answer, but do not remember.
                return active;
            }

            _keys.Set(hash, new Cached(active, now), new MemoryCacheEntryOptions { Size = 1 });
            return active;
        }
        finally
        {
            _lookups.TryRemove(hash, out _);
        }
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
        Interlocked.Increment(ref _forgets);
        _keys.Remove(keyHash);
        lock (_originsLock)
        {
            _origins = null;
        }
    }

    public void Dispose() => _keys.Dispose();

    /// <summary>An answer and when it was asked for; its freshness counts from then.</summary>
    private sealed record Cached(ActiveApiKey? Key, DateTimeOffset LookedUpAt);
}
