using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Audits.Messaging;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Audits.Api.Nonconformities;

/// <summary>
/// The corrective-action lifecycle: plan (manager), start and complete (manager), verify (manager or auditor); each
/// change and its events commit together, and a concurrent change of the same rows is a 409.
/// </summary>
internal static class CorrectiveActionEndpoints
{
    public static async Task<Created<CorrectiveActionResponse>> Plan(
        PlanCorrectiveActionRequest request, ClaimsPrincipal user, AuditsDbContext db, TimeProvider time,
        OrganisationCalendar calendar, CancellationToken cancellationToken)
    {
        var nonconformity = await db.Set<Nonconformity>().SingleOrDefaultAsync(n => n.Id == request.NonconformityId, cancellationToken)
            ?? throw new NotFoundException("Nonconformity", request.NonconformityId!.Value);
        user.EnsureMayManageActions(nonconformity.DepartmentCode);
        var now = time.StoredNow();
        var dueAt = DueDate.Parse(request.DueDate)!.Resolve(calendar);
        if (dueAt <= now)
        {
            throw new RequestValidationException("dueDate", "'dueDate' must be in the future.");
        }

        var action = nonconformity.PlanAction(request.OwnerId!, dueAt, request.Plan!, user.Subject(), now);
        db.Add(action);
        db.AddIntegrationEvent(NonconformityEvents.Planned(action));
        await SaveAsync(db, action.Id, cancellationToken);
        return TypedResults.Created($"/api/audits/corrective-actions/{action.Id}", CorrectiveActionResponse.From(action, now));
    }

    public static Task<Ok<CorrectiveActionResponse>> Start(
        Guid id, ClaimsPrincipal user, AuditsDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        TransitionAsync(id, user, db, time, AuditAccess.EnsureMayManageActions, (action, now) =>
        {
            action.Start(now);
            db.AddIntegrationEvent(NonconformityEvents.Started(action, now));
            return Task.CompletedTask;
        }, cancellationToken);

    public static Task<Ok<CorrectiveActionResponse>> Complete(
        Guid id, CompleteCorrectiveActionRequest request, ClaimsPrincipal user, AuditsDbContext db, TimeProvider time,
        CancellationToken cancellationToken) =>
        TransitionAsync(id, user, db, time, AuditAccess.EnsureMayManageActions, (action, now) =>
        {
            action.Complete(request.Evidence!, now);
            db.AddIntegrationEvent(NonconformityEvents.Completed(action, now));
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary><c>done → verified-*</c>: effective closes the nonconformity, ineffective reopens it for a new action.</summary>
    public static Task<Ok<CorrectiveActionResponse>> Verify(
        Guid id, VerifyCorrectiveActionRequest request, ClaimsPrincipal user, AuditsDbContext db, TimeProvider time,
        CancellationToken cancellationToken) =>
        TransitionAsync(id, user, db, time, AuditAccess.EnsureMayVerify, async (action, now) =>
        {
            var nonconformity = await db.Set<Nonconformity>().SingleAsync(n => n.Id == action.NonconformityId, cancellationToken);
            action.Verify(nonconformity, request.Effective!.Value, request.Note, automatic: false, user.Subject(), now);
            db.AddVerificationEvents(action, nonconformity, now);
        }, cancellationToken);

    public static async Task<Ok<PagedResult<CorrectiveActionResponse>>> List(
        string? departmentCode, string? state, bool? overdue, int? page, int? pageSize, ClaimsPrincipal user, AuditsDbContext db,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var wantedState = KebabCaseEnum<CorrectiveActionState>.Parse(state, "state", errors);
        errors.ThrowIfAny();

        var query = db.Set<CorrectiveAction>().AsNoTracking().ReadableBy(user, departmentCode);

        if (wantedState is { } s)
        {
            query = query.Where(a => a.State == s);
        }

        var now = time.StoredNow();
        if (overdue is { } wantOverdue)
        {
            var open = new[] { CorrectiveActionState.Planned, CorrectiveActionState.InProgress };
            query = wantOverdue
                ? query.Where(a => open.Contains(a.State) && a.DueAt < now)
                : query.Where(a => !(open.Contains(a.State) && a.DueAt < now));
        }

        var (items, total) = await query.PageAsync(q => q.OrderBy(a => a.DueAt).ThenBy(a => a.Id), paging, cancellationToken);
        return TypedResults.Ok(new PagedResult<CorrectiveActionResponse>(
            items.Select(a => CorrectiveActionResponse.From(a, now)).ToList(), paging.Page, paging.PageSize, total));
    }

    private static async Task<Ok<CorrectiveActionResponse>> TransitionAsync(
        Guid id, ClaimsPrincipal user, AuditsDbContext db, TimeProvider time, Action<ClaimsPrincipal, string> authorize,
        Func<CorrectiveAction, DateTimeOffset, Task> apply, CancellationToken cancellationToken)
    {
        var action = await db.Set<CorrectiveAction>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("Corrective action", id);
        authorize(user, action.DepartmentCode);
        var now = time.StoredNow();
        await apply(action, now);
        await SaveAsync(db, id, cancellationToken);
        return TypedResults.Ok(CorrectiveActionResponse.From(action, now));
    }

    private static async Task SaveAsync(AuditsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request or a job (overdue, automatic verification) changed the rows since they were read.
            throw new ConflictException("Changed concurrently",
                $"Corrective action '{id}' or its nonconformity was changed by another request while this one ran; read it again and retry.");
        }
    }
}
