using ServiceExcellence.Feedback.Domain.Complaints;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>Body of <c>POST /api/complaints</c>; the summary may be Chinese, English or both.</summary>
public sealed record OpenComplaintRequest(
    Channel? Channel, string? DepartmentCode, string? CustomerRef, string? Summary, Severity? Severity) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Channel is null)
        {
            errors.Add("channel", $"'channel' is required: one of {KebabCaseEnum<Channel>.Names}.");
        }

        if (string.IsNullOrEmpty(DepartmentCode))
        {
            errors.Add("departmentCode", "'departmentCode' is required.");
        }
        else if (!Contracts.DepartmentCode.IsValid(DepartmentCode))
        {
            errors.Add("departmentCode", "'departmentCode' must be a department code such as call-centre.");
        }

        errors.RequireText("customerRef", CustomerRef, Complaint.MaxReferenceLength);
        errors.RequireText("summary", Summary, Complaint.MaxSummaryLength);
        if (Severity is null)
        {
            errors.Add("severity", $"'severity' is required: one of {KebabCaseEnum<Severity>.Names}.");
        }
    }
}

/// <summary>Body of <c>POST /api/complaints/{id}/respond</c>: the first response given to the customer.</summary>
public sealed record RespondToComplaintRequest(string? Message) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => errors.RequireText("message", Message, Complaint.MaxTextLength);
}

/// <summary>Body of <c>POST /api/complaints/{id}/resolve</c>: what was done about it.</summary>
public sealed record ResolveComplaintRequest(string? Resolution) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => errors.RequireText("resolution", Resolution, Complaint.MaxTextLength);
}

/// <summary>Body of <c>POST /api/complaints/{id}/close</c>; both answers are required, and closing needs <c>customerInformed: true</c>.</summary>
public sealed record CloseComplaintRequest(bool? CustomerInformed, bool? CustomerSatisfied) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (CustomerInformed is null)
        {
            errors.Add("customerInformed", "'customerInformed' is required (true or false).");
        }

        if (CustomerSatisfied is null)
        {
            errors.Add("customerSatisfied", "'customerSatisfied' is required (true or false).");
        }
    }
}

/// <summary>Body of <c>POST /api/complaints/{id}/reopen</c>: why the customer is still not satisfied.</summary>
public sealed record ReopenComplaintRequest(string? Reason) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => errors.RequireText("reason", Reason, Complaint.MaxTextLength);
}
