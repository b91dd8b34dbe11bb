using ServiceExcellence.Audits.Api.Audits;
using ServiceExcellence.Audits.Api.Nonconformities;
using ServiceExcellence.Audits.Api.Staff;
using ServiceExcellence.Audits.Api.Standards;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Audits.Api;

/// <summary>The routes of API.md's Audits section, plus the reads listed in README's "routes added to API.md".</summary>
internal static class AuditsApi
{
    public static IEndpointRouteBuilder MapAuditsRoutes(this IEndpointRouteBuilder endpoints)
    {
        var audits = endpoints.MapGroup("/api/audits").RequireAuthorization();

        var standards = audits.MapGroup("/standards").WithTags("Standards");
        standards.MapPost("", StandardEndpoints.Publish).Validate<PublishStandardRequest>()
            .WithSummary("Publish a standard, or a new version of an existing code").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        standards.MapGet("", StandardEndpoints.List).WithSummary("The latest version of each standard, paged");
        standards.MapGet("/{code}", StandardEndpoints.Get).WithSummary("A standard's latest version, or ?version=");

        var records = audits.MapGroup("").WithTags("Audits");
        records.MapPost("", AuditEndpoints.Record).Validate<RecordAuditRequest>()
            .WithSummary("Record an audit: score, compliance rate and the nonconformities it raises")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        records.MapGet("", AuditEndpoints.List).WithSummary("Audits, paged, newest conducted first");
        records.MapGet("/{id:guid}", AuditEndpoints.Get).WithSummary("One audit with every item result and its standard version");

        var nonconformities = audits.MapGroup("/nonconformities").WithTags("Nonconformities");
        nonconformities.MapPost("", NonconformityEndpoints.Raise).Validate<RaiseNonconformityRequest>()
            .WithSummary("Raise a nonconformity by hand (manual, complaint or kpi-alert)");
        nonconformities.MapGet("", NonconformityEndpoints.List).WithSummary("Nonconformities, paged, newest first");
        nonconformities.MapGet("/{id:guid}", NonconformityEndpoints.Get).WithSummary("One nonconformity with its actions");

        var actions = audits.MapGroup("/corrective-actions").WithTags("Corrective actions");
        actions.MapPost("", CorrectiveActionEndpoints.Plan).Validate<PlanCorrectiveActionRequest>()
            .WithSummary("Plan an action for an open nonconformity").ProducesProblem(StatusCodes.Status409Conflict);
        actions.MapPost("/{id:guid}/start", CorrectiveActionEndpoints.Start)
            .WithSummary("planned → in-progress").ProducesProblem(StatusCodes.Status409Conflict);
        actions.MapPost("/{id:guid}/complete", CorrectiveActionEndpoints.Complete).Validate<CompleteCorrectiveActionRequest>()
            .WithSummary("in-progress → done").ProducesProblem(StatusCodes.Status409Conflict);
        actions.MapPost("/{id:guid}/verify", CorrectiveActionEndpoints.Verify).Validate<VerifyCorrectiveActionRequest>()
            .WithSummary("done → verified-effective (closes) | verified-ineffective (reopens)").ProducesProblem(StatusCodes.Status409Conflict);
        actions.MapGet("", CorrectiveActionEndpoints.List).WithSummary("Corrective actions, paged, soonest due first");

        var staff = audits.MapGroup("/staff-assessments").WithTags("Staff assessments");
        staff.MapPost("", StaffAssessmentEndpoints.Assess).Validate<StaffAssessmentRequest>()
            .WithSummary("Assess a staff member's service awareness for a period (replaces an earlier one)");
        staff.MapGet("", StaffAssessmentEndpoints.List).WithSummary("Staff assessments, paged");
        return endpoints;
    }
}
