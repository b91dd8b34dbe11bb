using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Domain.Staff;
using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Audits.Api.Staff;

/// <summary>Staff service-awareness assessments: record (201, or 200 when it replaces the period's earlier one) and list.</summary>
internal static class StaffAssessmentEndpoints
{
    public static async Task<Results<Created<StaffAssessmentResponse>, Ok<StaffAssessmentResponse>>> Assess(
        StaffAssessmentRequest request, ClaimsPrincipal user, AuditsDbContext db, TimeProvider time, OrganisationCalendar calendar,
        CancellationToken cancellationToken)
    {
        var departmentCode = request.DepartmentCode!;
        user.EnsureMayAssessStaff(departmentCode);
        await db.EnsureKnownDepartmentAsync(departmentCode, cancellationToken);

        var period = AssessmentPeriod.Parse(request.Period)!;
        var staffId = request.StaffId!.Trim();
        var score = request.ServiceAwarenessScore!.Value;
        var now = time.StoredNow();
        var assessment = await db.Set<StaffAssessment>()
            .SingleOrDefaultAsync(a => a.StaffId == staffId && a.Period == period.Text, cancellationToken);
        var replaced = assessment is not null;
        if (assessment is null)
        {
            assessment = StaffAssessment.Assess(staffId, departmentCode, period.Text, calendar.StartOf(period.Start), score, user.Subject(), now);
            db.Add(assessment);
        }
        else
        {
            // Moving an assessment between departments needs the right in both.
            user.EnsureMayAssessStaff(assessment.DepartmentCode);
            assessment.Reassess(departmentCode, score, user.Subject(), now);
        }

        db.AddIntegrationEvent(new StaffAssessed(Guid.CreateVersion7(now), assessment.PeriodStart, assessment.DepartmentCode,
            assessment.Id, assessment.StaffId, assessment.Period, assessment.ServiceAwarenessScore, assessment.AssessorId));
        await db.SaveChangesAsync(cancellationToken);
        var response = StaffAssessmentResponse.From(assessment);
        return replaced ? TypedResults.Ok(response) : TypedResults.Created($"/api/audits/staff-assessments/{assessment.Id}", response);
    }

    public static async Task<Ok<PagedResult<StaffAssessmentResponse>>> List(
        string? departmentCode, string? period, int? page, int? pageSize, ClaimsPrincipal user, AuditsDbContext db,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        if (period is not null && AssessmentPeriod.Parse(period) is null)
        {
            errors.Add("period", $"'period' must be {AssessmentPeriod.Formats}.");
        }

        errors.ThrowIfAny();

        // Scores of named people are personnel data: agents read their department's audit records, not colleagues' scores.
        if (!user.HasAnyRole(Roles.Admin, Roles.Analyst, Roles.Manager, Roles.Auditor))
        {
            throw new AccessDeniedException($"'{user.Subject()}' may not read staff assessments (needs admin, analyst, manager or auditor).");
        }

        var query = db.Set<StaffAssessment>().AsNoTracking().ReadableBy(user, departmentCode);

        if (period is not null)
        {
            query = query.Where(a => a.Period == period);
        }

        var (items, total) = await query.PageAsync(q => q.OrderByDescending(a => a.PeriodStart).ThenBy(a => a.StaffId), paging,
            cancellationToken);
        return TypedResults.Ok(new PagedResult<StaffAssessmentResponse>(
            items.Select(StaffAssessmentResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }
}
