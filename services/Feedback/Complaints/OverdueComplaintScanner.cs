using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Feedback.Api.Complaints;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Complaints;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Feedback.Complaints;

/// <summary>
/// Finds complaints past a due time whose step is not done and not yet flagged, flags them and publishes one
/// <see cref="ComplaintSlaBreached"/> each, in the same transaction. One set-based statement per batch, on the partial
/// due-time indexes; <c>SKIP LOCKED</c> and the flag make concurrent scans (several instances) publish each breach once.
/// </summary>
public sealed class OverdueComplaintScanner(
    FeedbackDbContext db, TimeProvider time, IOptions<OverdueScanOptions> options, ILogger<OverdueComplaintScanner> logger)
{
    /// <summary>Flags and publishes every breach due by now; returns how many were found.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var now = time.StoredNow();
        var found = 0;
        foreach (var deadline in Enum.GetValues<SlaDeadline>())
        {
            int batch;
            do
            {
                batch = await FlagBatchAsync(deadline, now, cancellationToken);
                found += batch;
            }
            while (batch == options.Value.BatchSize);
        }

        if (found > 0)
        {
            logger.LogInformation("Flagged {Count} complaint SLA breaches", found);
        }

        return found;
    }

    private async Task<int> FlagBatchAsync(SlaDeadline deadline, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var breaches = await db.Database
            .SqlQueryRaw<Breach>(Sql(deadline), new NpgsqlParameter("now", now), new NpgsqlParameter("batch", options.Value.BatchSize))
            .ToListAsync(cancellationToken);
        foreach (var b in breaches)
        {
            db.AddIntegrationEvent(new ComplaintSlaBreached(Guid.CreateVersion7(now), now, b.DepartmentCode, b.Id,
                deadline == SlaDeadline.FirstResponse ? ComplaintSlaBreached.FirstResponse : ComplaintSlaBreached.Resolution,
                b.DueAt, KebabCase.Of(b.Severity), KebabCase.Of(b.Channel), b.OpenedAt, b.LastReopenedAt ?? b.OpenedAt, b.ReopenCount));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return breaches.Count;
    }

    // Column names are constants chosen by the deadline, never input; the WHERE clause repeats the partial index's predicate.
    private static string Sql(SlaDeadline deadline)
    {
        var (due, done, flag) = deadline == SlaDeadline.FirstResponse
            ? ("response_due_at", "responded_at", "response_breached_at")
            : ("resolution_due_at", "resolved_at", "resolution_breached_at");
        return $"""
            WITH due AS (
                SELECT id FROM complaints
                WHERE {done} IS NULL AND {flag} IS NULL AND {due} < @now
                ORDER BY {due}
                LIMIT @batch
                FOR UPDATE SKIP LOCKED)
            UPDATE complaints AS c SET {flag} = @now
            FROM due WHERE c.id = due.id
            RETURNING c.id AS "Id", c.department_code AS "DepartmentCode", c.channel AS "Channel", c.severity AS "Severity",
                c.opened_at AS "OpenedAt", c.last_reopened_at AS "LastReopenedAt", c.reopen_count AS "ReopenCount", c.{due} AS "DueAt"
            """;
    }

    private sealed record Breach(
        Guid Id, string DepartmentCode, Channel Channel, Severity Severity, DateTimeOffset OpenedAt,
        DateTimeOffset? LastReopenedAt, int ReopenCount, DateTimeOffset DueAt);
}
