using ServiceExcellence.Goals.Domain.Alerts;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Goals.Api.Alerts;

/// <summary>Body of <c>POST /api/goals/alerts/{id}/acknowledge</c>: the action plan may come now or in a later call.</summary>
public sealed record AcknowledgeAlertRequest(string? ActionPlan) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (ActionPlan is { Length: > Alert.MaxTextLength })
        {
            errors.Add("actionPlan", $"'actionPlan' must be at most {Alert.MaxTextLength} characters.");
        }
    }
}

/// <summary>Body of <c>POST /api/goals/alerts/{id}/resolve</c>.</summary>
public sealed record ResolveAlertRequest(string? Resolution) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => errors.RequireText("resolution", Resolution, Alert.MaxTextLength);
}
