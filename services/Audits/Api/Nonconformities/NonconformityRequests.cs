using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Audits.Api.Nonconformities;

/// <summary>
/// Body of <c>POST /api/audits/nonconformities</c>: a nonconformity raised by hand (<c>source</c> <c>manual</c>, the
/// default, or <c>complaint</c>/<c>kpi-alert</c> with the id in <c>sourceReference</c>); <c>kpiId</c> names the KPI it
/// hurts, which makes its effectiveness check automatic.
/// </summary>
public sealed record RaiseNonconformityRequest(
    string? DepartmentCode, string? Description, NonconformitySource? Source, string? SourceReference, Guid? KpiId, bool? Critical)
    : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireDepartmentCode(DepartmentCode);
        errors.RequireText("description", Description, Nonconformity.MaxDescriptionLength);
        if (Source == NonconformitySource.Audit)
        {
            errors.Add("source", "'source' may be manual, complaint or kpi-alert; audits raise their own nonconformities.");
        }

        errors.LimitText("sourceReference", SourceReference, Nonconformity.MaxReferenceLength);
    }
}

/// <summary>Body of <c>POST /api/audits/corrective-actions</c>: see <see cref="DueDate"/> for <c>dueDate</c>.</summary>
public sealed record PlanCorrectiveActionRequest(Guid? NonconformityId, string? OwnerId, string? DueDate, string? Plan) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (NonconformityId is null)
        {
            errors.Add("nonconformityId", "'nonconformityId' is required.");
        }

        errors.RequireText("ownerId", OwnerId, CorrectiveAction.MaxOwnerIdLength);
        errors.RequireText("plan", Plan, CorrectiveAction.MaxTextLength);
        if (Nonconformities.DueDate.Parse(DueDate) is null)
        {
            errors.Add("dueDate", $"'dueDate' is required: {Nonconformities.DueDate.Formats}.");
        }
    }
}

/// <summary>Body of <c>POST /api/audits/corrective-actions/{id}/complete</c>: what was done, and the proof.</summary>
public sealed record CompleteCorrectiveActionRequest(string? Evidence) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => errors.RequireText("evidence", Evidence, CorrectiveAction.MaxTextLength);
}

/// <summary>Body of <c>POST /api/audits/corrective-actions/{id}/verify</c>: did the action remove the nonconformity?</summary>
public sealed record VerifyCorrectiveActionRequest(bool? Effective, string? Note) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Effective is null)
        {
            errors.Add("effective", "'effective' is required (true or false).");
        }

        errors.LimitText("note", Note, CorrectiveAction.MaxNoteLength);
    }
}
