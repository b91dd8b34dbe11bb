using System.Security.Claims;
using Microsoft.Extensions.Options;
using Npgsql;
using ServiceExcellence.Feedback.Analysis;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Feedback.Api.Intake;

/// <summary>Validates, authorizes, analyses and stores submitted feedback.</summary>
public sealed class FeedbackIntake(
    FeedbackWriter writer,
    ICommentAnalyzer analyzer,
    KnownDepartmentCodes<FeedbackDbContext> departments,
    IOptions<IntakeOptions> options,
    TimeProvider time)
{
    /// <summary>Who may submit feedback for a department: its intake clients, agents and managers (and admins).</summary>
    public static readonly string[] Submitters = [Roles.Intake, Roles.Agent, Roles.Manager];

    public async Task<FeedbackReceipt> SubmitAsync(FeedbackSubmission submission, ClaimsPrincipal user, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        submission.Validate(errors, now);
        if (!errors.IsEmpty)
        {
            throw new RequestValidationException(errors.ToDictionary());
        }

        user.EnsureMayActIn(submission.DepartmentCode!, Submitters);
        if (!await departments.ContainsAsync(submission.DepartmentCode!, cancellationToken))
        {
            throw new RequestValidationException("departmentCode", $"Unknown department '{submission.DepartmentCode}'.");
        }

        var stored = await writer.WriteAsync(Create(submission, now, idempotencyKey), cancellationToken);
        return Receipt(stored);
    }

    /// <summary>
    /// Stores every valid entry the caller may submit in one transaction and reports the others by index. The context
    /// comes from the caller so that single-entry intake, which writes through the batching writer, rents none. With an
    /// Idempotency-Key the receipt is stored in the same transaction, and a batch already stored under the key is
    /// answered with its receipt instead of being stored again.
    /// </summary>
    public async Task<BatchReceipt> SubmitBatchAsync(
        IReadOnlyList<FeedbackSubmission?> entries, ClaimsPrincipal user, FeedbackDbContext db, BatchKey? key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (key is not null && await BatchReceiptRows.FindAsync(db, key, now, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var rejected = new List<BatchRejection>();
        var candidates = new List<(int Index, FeedbackSubmission Submission)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var errors = new ValidationErrors();
            if (entries[i] is not { } submission)
            {
                errors.Add("entry", "The entry is empty.");
            }
            else
            {
                submission.Validate(errors, now);
                if (errors.IsEmpty && !user.MayActIn(submission.DepartmentCode!, Submitters))
                {
                    errors.Add("departmentCode", $"You may not submit feedback for '{submission.DepartmentCode}'.");
                }

                if (errors.IsEmpty)
                {
                    candidates.Add((i, submission));
                    continue;
                }
            }

            rejected.Add(new BatchRejection(i, errors.ToDictionary()));
        }

        var unknown = await departments.UnknownAmongAsync(candidates.Select(c => c.Submission.DepartmentCode!).Distinct(), cancellationToken);
        var accepted = new List<BatchAcceptance>(candidates.Count);
        var stored = new List<FeedbackEntry>(candidates.Count);
        foreach (var (index, submission) in candidates)
        {
            if (unknown.Contains(submission.DepartmentCode!))
            {
                rejected.Add(new BatchRejection(index, new Dictionary<string, string[]>
                {
                    ["departmentCode"] = [$"Unknown department '{submission.DepartmentCode}'."],
                }));
                continue;
            }

            var entry = Create(submission, now, idempotencyKey: null);
            stored.Add(entry);
            accepted.Add(new BatchAcceptance(index, entry.Id));
        }

        var receipt = new BatchReceipt(accepted.Count, rejected.OrderBy(r => r.Index).ToList(), accepted);
        try
        {
            await FeedbackEntryRows.StoreAsync(db, [.. stored.Select(ReceivedEntry.Of)], key is null ? [] : BatchReceiptRows.Record(key, receipt, now), cancellationToken);
        }
        catch (PostgresException e) when (key is not null && e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: BatchReceiptRows.PrimaryKey })
        {
            // Another attempt with this key (its claim lapsed while it ran) committed first; its answer stands.
            return await BatchReceiptRows.FindAsync(db, key, now, cancellationToken) ?? throw new InvalidOperationException(
                $"The receipt under '{key.Key}' conflicted but cannot be read back.", e);
        }

        return receipt;
    }

    private FeedbackEntry Create(FeedbackSubmission submission, DateTimeOffset now, string? idempotencyKey)
    {
        var comment = string.IsNullOrWhiteSpace(submission.Comment) ? null : submission.Comment.Trim();
        var analysis = comment is not null && options.Value.AnalyseComments ? analyzer.Analyze(comment, submission.DepartmentCode!) : null;
        return FeedbackEntry.Record(Guid.CreateVersion7(now), submission.DepartmentCode!, submission.Channel!.Value,
            submission.OccurredAt ?? now, now, submission.CustomerRef, submission.ServiceRef,
            submission.Csat, submission.Nps, submission.Ces, comment, analysis, idempotencyKey);
    }

    private static FeedbackReceipt Receipt(FeedbackEntry entry) => new(
        entry.Id, entry.DepartmentCode, entry.Channel, entry.OccurredAt, entry.ReceivedAt,
        entry.SentimentScore is { } score ? new SentimentResponse(score, KebabCase.Of(entry.SentimentLabel!.Value)) : null,
        entry.Topics);
}
