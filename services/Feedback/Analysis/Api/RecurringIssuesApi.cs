using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Feedback.Analysis.RecurringIssues;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Feedback.Analysis.Api;

/// <summary><c>GET /api/feedback/recurring-issues</c>: the department's issues whose window overlaps the current one.</summary>
internal static class RecurringIssuesApi
{
    public static IEndpointRouteBuilder MapRecurringIssuesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/feedback/recurring-issues", GetAsync)
            .RequireAuthorization()
            .WithTags("Text analysis")
            .WithSummary("Current recurring issues (共性问题) of a department, newest first (manager, analyst or admin)");
        return endpoints;
    }

    private static async Task<Ok<PagedResult<RecurringIssueResponse>>> GetAsync(
        string? departmentCode, int? page, int? pageSize, ClaimsPrincipal user, FeedbackDbContext db, TimeProvider time, OrganisationCalendar calendar,
        CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (!errors.IsEmpty)
        {
            throw new RequestValidationException(errors.ToDictionary());
        }

        await db.EnsureKnownDepartmentAsync(departmentCode, ct);
        user.EnsureMayRead(departmentCode!, Roles.Manager);
        var currentStart = DetectionWindow.For(time.GetUtcNow(), calendar).Start;
        var current = db.Set<RecurringIssue>().AsNoTracking()
            .Where(i => i.DepartmentCode == departmentCode && i.WindowEnd > currentStart);
        var total = await current.LongCountAsync(ct);
        var items = await current
            .OrderByDescending(i => i.DetectedAt).ThenByDescending(i => i.RecentCount).ThenBy(i => i.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(i => new RecurringIssueResponse(i.Id, i.DepartmentCode, i.Kind, i.Key, i.RecentCount, i.RecentShare,
                i.BaselineShare, i.WindowStart, i.WindowEnd, i.DetectedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(new PagedResult<RecurringIssueResponse>(items, paging.Page, paging.PageSize, total));
    }
}
