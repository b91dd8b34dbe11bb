using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceExcellence.ServiceDefaults.Jobs;

namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>
/// Deletes published outbox rows and inbox entries older than <see cref="MessagingRetentionOptions.KeepFor"/>, in
/// chunks, so the two busiest tables of every service stop growing with every event ever sent. Unpublished rows are
/// never deleted, however old (a row given up on stays for operators).
/// </summary>
/// <remarks>
/// Storage housekeeping runs on the real clock, not the service's: a test clock moved days ahead must not make the
/// inbox forget events it may still see again.
/// </remarks>
public sealed class MessagingRetention<TContext>(
    IServiceScopeFactory scopes, IOptions<MessagingRetentionOptions> options, ILogger<MessagingRetention<TContext>> logger)
    : PeriodicJob(scopes, TimeProvider.System, logger) where TContext : DbContext
{
    private const int Chunk = 5_000;

    /// <summary>At most this many chunks per table and sweep, so a first sweep over a large backlog stays short.</summary>
    private const int MaxChunks = 200;

    protected override TimeSpan Interval => options.Value.SweepEvery;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var cutoff = TimeProvider.System.GetUtcNow() - options.Value.KeepFor;
        var (outbox, inbox) = await PruneAsync(services.GetRequiredService<TContext>(), cutoff, cancellationToken);
        if (outbox + inbox > 0)
        {
            Logger.LogInformation(
                "Deleted {Outbox} published outbox rows and {Inbox} inbox entries older than {KeepFor}", outbox, inbox, options.Value.KeepFor);
        }
    }

    /// <summary>Deletes what is older than <paramref name="cutoff"/>; returns how many outbox rows and inbox entries.</summary>
    private static async Task<(int Outbox, int Inbox)> PruneAsync(DbContext db, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // Event ids are version-7 UUIDs, ordered by time, so the primary key finds the old rows without an index on
        // sent_at (which would make every "mark sent" update a non-HOT one on the hottest table); sent_at decides.
        var olderId = Guid.CreateVersion7(cutoff);
        var outbox = await ChunkedAsync(db, $$"""
            DELETE FROM {{MessagingModel.OutboxTable}} WHERE id IN (
                SELECT id FROM {{MessagingModel.OutboxTable}} WHERE id < {0} AND sent_at < {1} ORDER BY id LIMIT {{Chunk}})
            """, [olderId, cutoff], cancellationToken);
        var inbox = await ChunkedAsync(db, $$"""
            DELETE FROM {{MessagingModel.InboxTable}} WHERE (message_id, consumer) IN (
                SELECT message_id, consumer FROM {{MessagingModel.InboxTable}} WHERE processed_at < {0} LIMIT {{Chunk}})
            """, [cutoff], cancellationToken);
        return (outbox, inbox);
    }

    private static async Task<int> ChunkedAsync(DbContext db, string sql, object[] parameters, CancellationToken cancellationToken)
    {
        var total = 0;
        for (var chunk = 0; chunk < MaxChunks; chunk++)
        {
            var deleted = await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
            total += deleted;
            if (deleted < Chunk)
            {
                break;
            }
        }

        return total;
    }
}
