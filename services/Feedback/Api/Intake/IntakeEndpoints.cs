using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Feedback.Api.Intake;

/// <summary>Handlers for submitting feedback, one entry at a time or in batches.</summary>
internal static class IntakeEndpoints
{
    /// <summary>
    /// A single entry's key is also unique in the database (a repeat gets the stored entry), and so is a batch's (its
    /// receipt is stored with its entries), so a claim left behind by a process that died mid-request may lapse soon;
    /// shorter than a repeat's wait for the first, so that wait ends in an answer.
    /// </summary>
    private static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(10);

    public static async Task<Created<FeedbackReceipt>> Submit(
        FeedbackSubmission? submission,
        HttpRequest request,
        ClaimsPrincipal user,
        FeedbackIntake intake,
        IdempotentRequests idempotency,
        CancellationToken cancellationToken)
    {
        var key = ReadIdempotencyKey(request);
        if (submission is null)
        {
            throw new RequestValidationException("body", "A JSON body is required.");
        }

        var receipt = key is null
            ? await intake.SubmitAsync(submission, user, null, cancellationToken)
            : await idempotency.RunOnceAsync(user.Subject(), key, IdempotentRequests.Fingerprint(submission), ClaimLease,
                ct => intake.SubmitAsync(submission, user, ScopedKey(user, key), ct), cancellationToken);
        return TypedResults.Created($"/api/feedback/{receipt.Id}", receipt);
    }

    public static async Task<Ok<BatchReceipt>> SubmitBatch(
        FeedbackBatch? batch,
        HttpRequest request,
        ClaimsPrincipal user,
        FeedbackIntake intake,
        FeedbackDbContext db,
        IdempotentRequests idempotency,
        CancellationToken cancellationToken)
    {
        var key = ReadIdempotencyKey(request);
        if (batch?.Entries is not { } entries)
        {
            throw new RequestValidationException("entries", "'entries' is required.");
        }

        if (entries.Count is 0 or > FeedbackBatch.MaxEntries)
        {
            throw new RequestValidationException("entries", $"A batch has 1 to {FeedbackBatch.MaxEntries} entries (this one has {entries.Count}).");
        }

        if (key is null)
        {
            return TypedResults.Ok(await intake.SubmitBatchAsync(entries, user, db, key: null, cancellationToken));
        }

        var fingerprint = IdempotentRequests.Fingerprint(batch);
        var receipt = await idempotency.RunOnceAsync(user.Subject(), key, fingerprint, ClaimLease,
            ct => intake.SubmitBatchAsync(entries, user, db, new BatchKey(ScopedKey(user, key), key, fingerprint), ct), cancellationToken);
        return TypedResults.Ok(receipt);
    }

    /// <summary>A client's key as stored in the database: keys are the caller's own, so two callers may use the same one.</summary>
    private static string ScopedKey(ClaimsPrincipal user, string key) => $"{user.Subject()}:{key}";

    private static string? ReadIdempotencyKey(HttpRequest request)
    {
        var key = request.Headers[IdempotentRequests.HeaderName].ToString();
        if (key.Length == 0)
        {
            return null;
        }

        return IdempotentRequests.IsAcceptableKey(key)
            ? key
            : throw new RequestValidationException(IdempotentRequests.HeaderName,
                $"The {IdempotentRequests.HeaderName} header must be 1 to {IdempotentRequests.MaxKeyLength} printable ASCII characters.");
    }
}
