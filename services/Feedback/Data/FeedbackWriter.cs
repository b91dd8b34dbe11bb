using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Feedback.Data;

/// <summary>
/// Commits single feedback entries many at a time (ARCHITECTURE §9): each request queues its entry and waits; a writer
/// takes everything queued, stores entries and their <c>FeedbackReceived</c> outbox rows in one transaction, and only
/// then answers each caller. One commit per request would cap intake near 1,000 per second on this class of machine.
/// </summary>
public sealed class FeedbackWriter(IServiceScopeFactory scopes, IOptions<IntakeOptions> options, ILogger<FeedbackWriter> logger)
    : BackgroundService
{
    private readonly System.Threading.Channels.Channel<PendingEntry> _queue = System.Threading.Channels.Channel.CreateBounded<PendingEntry>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>
    /// Completes once the entry and its event are committed, with the stored entry: this one, or the one already stored
    /// under its idempotency key by an earlier attempt whose caller never got the answer (a crash, a lost connection).
    /// Throws if nothing is stored.
    /// </summary>
    public async Task<FeedbackEntry> WriteAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        var pending = new PendingEntry(ReceivedEntry.Of(entry), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        try
        {
            await pending.Committed.Task.WaitAsync(cancellationToken);
            return entry;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && entry.IdempotencyKey is { } key)
        {
            if (await StoredUnderAsync(key, cancellationToken) is { } stored)
            {
                return stored;
            }

            throw;
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Writers).Select(_ => RunWriterAsync(stoppingToken)));

    private async Task RunWriterAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingEntry>(options.Value.MaxBatchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < options.Value.MaxBatchSize && _queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                if (batch.Count > 0)
                {
                    await CommitAsync(batch, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: Kestrel has already drained the requests that were waiting on us.
        }
    }

    private async Task CommitAsync(List<PendingEntry> batch, CancellationToken cancellationToken)
    {
        try
        {
            await SaveAsync(batch, cancellationToken);
            batch.ForEach(p => p.Committed.TrySetResult());
        }
        catch (PostgresException e) when (batch.Count > 1 && !DatabaseOutage.Caused(e))
        {
            // One bad row (a duplicate idempotency key) must not fail its neighbours: retry each on its own.
            logger.LogInformation("Batch of {Count} failed ({Message}); committing its entries one by one", batch.Count, e.MessageText);
            foreach (var pending in batch)
            {
                await CommitAsync([pending], cancellationToken);
            }
        }
        catch (Exception e)
        {
            batch.ForEach(p => p.Committed.TrySetException(e));
        }
    }

    private async Task SaveAsync(List<PendingEntry> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await FeedbackEntryRows.StoreAsync(scope.ServiceProvider.GetRequiredService<FeedbackDbContext>(),
            [.. batch.Select(p => p.Entry)], alongside: [], cancellationToken);
    }

    private async Task<FeedbackEntry?> StoredUnderAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        return await db.FeedbackEntries.AsNoTracking().SingleOrDefaultAsync(e => e.IdempotencyKey == idempotencyKey, cancellationToken);
    }

    private sealed record PendingEntry(ReceivedEntry Entry, TaskCompletionSource Committed);
}

/// <summary>Tuning of intake (configuration section <c>Feedback:Intake</c>).</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Feedback:Intake";

    /// <summary>Analyse comments on intake; off only to measure what analysis costs.</summary>
    public bool AnalyseComments { get; set; } = true;

    public int Writers { get; set; } = 2;

    public int MaxBatchSize { get; set; } = 256;

    public int QueueCapacity { get; set; } = 10_000;
}
