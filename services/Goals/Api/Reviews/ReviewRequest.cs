using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Goals.Api.Reviews;

/// <summary>Body of <c>POST /api/goals/{id}/reviews</c>: a periodic review (定期评审) and the adjustments it decides.</summary>
public sealed record ReviewRequest(string? Outcome, string? Lessons, IReadOnlyList<KpiAdjustment>? Adjustments) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("outcome", Outcome, Goal.MaxTextLength);
        if (Lessons is { Length: > Goal.MaxTextLength })
        {
            errors.Add("lessons", $"'lessons' must be at most {Goal.MaxTextLength} characters.");
        }

        for (var i = 0; i < (Adjustments?.Count ?? 0); i++)
        {
            var a = Adjustments![i];
            if (a?.KpiId is null)
            {
                errors.Add($"adjustments[{i}].kpiId", "'kpiId' is required.");
                continue;
            }

            errors.RequireText($"adjustments[{i}].reason", a.Reason, GoalVersion.MaxReasonLength);
            if (a is { Target: null, WarningThreshold: null, CriticalThreshold: null })
            {
                errors.Add($"adjustments[{i}]", "An adjustment changes the target, a threshold or both.");
            }
        }
    }
}

/// <summary>A change to one KPI decided in a review, with its reason.</summary>
public sealed record KpiAdjustment(Guid? KpiId, double? Target, double? WarningThreshold, double? CriticalThreshold, string? Reason);
