using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>Body of <c>POST /api/goals/{id}/kpis/{kpiId}/measurements</c>: a value entered by hand, observed now unless said.</summary>
public sealed record MeasurementRequest(double? Value, DateTimeOffset? ObservedAt) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Value is not { } value || !double.IsFinite(value))
        {
            errors.Add("value", "'value' is required and must be a finite number.");
        }
    }
}
