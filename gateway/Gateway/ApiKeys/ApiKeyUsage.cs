using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ServiceExcellence.Gateway.Data;

namespace ServiceExcellence.Gateway.ApiKeys;

/// <summary>
/// Last-used times of keys. The request path only notes the time in memory (and only when the key's time last noted
/// is older than <see cref="ApiKeyOptions.LastUsedResolution"/>); <see cref="FlushOnceAsync"/> writes what is pending.
/// </summary>
public sealed class ApiKeyUsage(IServiceScopeFactory scopes, TimeProvider time, IOptions<ApiKeyOptions> options)
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _noted = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _pending = new();

    public void Record(Guid keyId)
    {
        var now = time.GetUtcNow();
        if (_noted.TryGetValue(keyId, out var last) && now - last < options.Value.LastUsedResolution)
        {
            return;
        }

        _noted[keyId] = now;
        _pending[keyId] = now;
    }

    /// <summary>Writes every pending last-used time; returns how many keys were written.</summary>
    public async Task<int> FlushOnceAsync(CancellationToken cancellationToken)
    {
        var batch = new List<(Guid Id, DateTimeOffset UsedAt)>();
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var usedAt))
            {
                batch.Add((id, usedAt));
            }
        }

        if (batch.Count == 0)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        foreach (var (id, usedAt) in batch)
        {
            // Several instances write for the same key: the latest time wins, never an older one.
            await db.ApiKeys.Where(k => k.Id == id && (k.LastUsedAt == null || k.LastUsedAt < usedAt))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, usedAt), cancellationToken);
        }

        return batch.Count;
    }
}

/// <summary>Writes pending last-used times every <see cref="ApiKeyOptions.LastUsedFlushInterval"/>.</summary>
public sealed class ApiKeyUsageWriter(ApiKeyUsage usage, TimeProvider time, IOptions<ApiKeyOptions> options, ILogger<ApiKeyUsageWriter> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.LastUsedFlushInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await usage.FlushOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A lost last-used time is harmless and the next use notes it again; the key itself keeps working.
                logger.LogWarning(e, "Could not write API key last-used times");
            }
        }
    }
}
