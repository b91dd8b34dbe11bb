using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.ServiceDefaults.Testing;

/// <summary>Body of a service's <c>POST …/testing/clock/advance</c>: how many hours to move its clock forward (0 &lt; hours ≤ 8,784).</summary>
public sealed record AdvanceClockRequest(double? Hours) : IValidatableRequest
{
    /// <summary>A leap year: more is never needed to cross a period.</summary>
    public const double MaxHours = 366 * 24;

    public void Validate(ValidationErrors errors)
    {
        if (Hours is not (> 0 and <= MaxHours))
        {
            errors.Add("hours", $"'hours' must be a number greater than 0 and at most {MaxHours}.");
        }
    }
}
