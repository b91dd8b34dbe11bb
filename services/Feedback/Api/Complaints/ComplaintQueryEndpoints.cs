using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Complaints;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>Handlers that read complaints: one by id, and the paged list with its filters (newest first).</summary>
internal static class ComplaintQueryEndpoints
{
    public static async Task<Ok<ComplaintResponse>> Get(
        Guid id, ClaimsPrincipal user, FeedbackDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var complaint = await db.Set<Complaint>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("Complaint", id);
        user.EnsureMayRead(complaint.DepartmentCode);
        return TypedResults.Ok(ComplaintResponse.From(complaint, time.StoredNow()));
    }

    public static async Task<Ok<PagedResult<ComplaintResponse>>> List(
        string? departmentCode, string? state, bool? overdue, int? page, int? pageSize,
        ClaimsPrincipal user, FeedbackDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var wantedState = KebabCaseEnum<ComplaintState>.Parse(state, "state", errors);
        errors.CheckDepartmentCode(departmentCode);

        if (!errors.IsEmpty)
        {
            throw new RequestValidationException(errors.ToDictionary());
        }

        var query = db.Set<Complaint>().AsNoTracking();
        if (departmentCode is not null)
        {
            user.EnsureMayRead(departmentCode);
            query = query.Where(c => c.DepartmentCode == departmentCode);
        }
        else if (user.ReadableDepartments() is { } departments)
        {
            var codes = departments.ToArray();
            query = query.Where(c => codes.Contains(c.DepartmentCode));
        }

        if (wantedState is { } s)
        {
            query = query.Where(c => c.State == s);
        }

        var now = time.StoredNow();
        if (overdue is { } wantOverdue)
        {
            // The predicates match the partial indexes on the due times of complaints whose step is not done.
            query = wantOverdue
                ? query.Where(c => (c.RespondedAt == null && c.ResponseDueAt < now) || (c.ResolvedAt == null && c.ResolutionDueAt < now))
                : query.Where(c => !((c.RespondedAt == null && c.ResponseDueAt < now) || (c.ResolvedAt == null && c.ResolutionDueAt < now)));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ComplaintResponse>(
            items.Select(c => ComplaintResponse.From(c, now)).ToList(), paging.Page, paging.PageSize, total));
    }
}
