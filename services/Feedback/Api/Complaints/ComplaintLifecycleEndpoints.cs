using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Contracts;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Complaints;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>Handlers that open complaints and move them through their states; each change and its event commit together.</summary>
internal static class ComplaintLifecycleEndpoints
{
    public static async Task<Created<ComplaintResponse>> Open(
        OpenComplaintRequest request, ClaimsPrincipal user, FeedbackDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var departmentCode = request.DepartmentCode!;
        user.EnsureMayHandle(departmentCode);
        await db.EnsureKnownDepartmentAsync(departmentCode, cancellationToken);

        var severity = request.Severity!.Value;
        var policy = await SlaOverrides.ForAsync(db, departmentCode, severity, cancellationToken);
        var now = time.StoredNow();
        var complaint = Complaint.Open(Guid.CreateVersion7(now), departmentCode, request.Channel!.Value, request.CustomerRef!,
            request.Summary!, severity, policy, user.Subject(), now);
        db.Add(complaint);
        db.AddIntegrationEvent(ComplaintEvents.Opened(complaint, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/complaints/{complaint.Id}", ComplaintResponse.From(complaint, now));
    }

    public static Task<Ok<ComplaintResponse>> Respond(Guid id, RespondToComplaintRequest request, ClaimsPrincipal user,
        FeedbackDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        TransitionAsync(id, user, db, time, (c, now) =>
        {
            c.Respond(request.Message!, now);
            return Task.FromResult(ComplaintEvents.Responded(c, now));
        }, cancellationToken);

    public static Task<Ok<ComplaintResponse>> Resolve(Guid id, ResolveComplaintRequest request, ClaimsPrincipal user,
        FeedbackDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        TransitionAsync(id, user, db, time, (c, now) =>
        {
            c.Resolve(request.Resolution!, now);
            return Task.FromResult(ComplaintEvents.Resolved(c, now));
        }, cancellationToken);

    public static Task<Ok<ComplaintResponse>> Close(Guid id, CloseComplaintRequest request, ClaimsPrincipal user,
        FeedbackDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        TransitionAsync(id, user, db, time, (c, now) =>
        {
            c.Close(request.CustomerInformed!.Value, request.CustomerSatisfied!.Value, now);
            return Task.FromResult(ComplaintEvents.Closed(c, now));
        }, cancellationToken);

    /// <summary>The new cycle's due times come from the department's SLA as it is now, not as it was when first opened.</summary>
    public static Task<Ok<ComplaintResponse>> Reopen(Guid id, ReopenComplaintRequest request, ClaimsPrincipal user,
        FeedbackDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        TransitionAsync(id, user, db, time, async (c, now) =>
        {
            var policy = await SlaOverrides.ForAsync(db, c.DepartmentCode, c.Severity, cancellationToken);
            c.Reopen(request.Reason!, policy, now);
            return ComplaintEvents.Reopened(c, now);
        }, cancellationToken);

    private static async Task<Ok<ComplaintResponse>> TransitionAsync<TEvent>(
        Guid id, ClaimsPrincipal user, FeedbackDbContext db, TimeProvider time,
        Func<Complaint, DateTimeOffset, Task<TEvent>> apply, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent
    {
        var complaint = await db.Set<Complaint>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("Complaint", id);
        user.EnsureMayHandle(complaint.DepartmentCode);

        var now = time.StoredNow();
        db.AddIntegrationEvent(await apply(complaint, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another handler (or the overdue scan) changed the complaint since it was read: the caller retries on fresh state.
            throw new ConflictException("Complaint changed concurrently",
                $"Complaint '{id}' was changed by another request while this one ran; read it again and retry.");
        }

        return TypedResults.Ok(ComplaintResponse.From(complaint, now));
    }
}
