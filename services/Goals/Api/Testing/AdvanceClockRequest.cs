using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Goals.Api.Testing;

/// <summary>Body of <c>POST /api/goals/testing/clock/advance</c>: how many hours to move the clock forward (0 &lt; hours ≤ 8,784).</summary>
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

/// <summary>The Goals service's time after an advance, and how many alerts the scan that followed escalated.</summary>
public sealed record ClockAdvanced(DateTimeOffset Now, TimeSpan Offset, int Escalated);
