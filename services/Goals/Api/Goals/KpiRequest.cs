using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Organisation;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>
/// One KPI of a <see cref="GoalRequest"/>; <c>id</c> names an existing KPI when adjusting. Thresholds lie on the bad
/// side of the target: for <c>increase</c> target ≥ warning ≥ critical, for <c>decrease</c> target ≤ warning ≤ critical.
/// </summary>
public sealed record KpiRequest(
    Guid? Id,
    string? Metric,
    KpiKind? Kind,
    KpiDirection? Direction,
    string? Unit,
    double? Baseline,
    double? Target,
    double? WarningThreshold,
    double? CriticalThreshold,
    Cadence? Cadence,
    string? OwnerId,
    WarningRule? WarningRule,
    int? MinimumSample,
    int? BaselineWindow)
{
    public const int MaxBaselineWindow = 200;

    public void Validate(ValidationErrors errors, string prefix)
    {
        if (Metric is not null && !MetricKeys.IsValid(Metric))
        {
            errors.Add($"{prefix}.metric", $"'{Metric}' is not a metric key of DOMAIN §6 nor manual:<slug>.");
        }

        GoalRequest.MaxLength(errors, $"{prefix}.unit", Unit, Kpi.MaxUnitLength);
        GoalRequest.MaxLength(errors, $"{prefix}.ownerId", OwnerId, StaffMember.MaxIdLength);
        if (Direction is null)
        {
            errors.Add($"{prefix}.direction", $"'direction' is required: one of {KebabCaseEnum<KpiDirection>.Names}.");
        }

        if (WarningThreshold is null)
        {
            errors.Add($"{prefix}.warningThreshold", "'warningThreshold' is required.");
        }

        if (CriticalThreshold is null)
        {
            errors.Add($"{prefix}.criticalThreshold", "'criticalThreshold' is required.");
        }

        if (MinimumSample is < 1)
        {
            errors.Add($"{prefix}.minimumSample", "'minimumSample' must be 1 or more.");
        }

        if (BaselineWindow is < 2 or > MaxBaselineWindow)
        {
            errors.Add($"{prefix}.baselineWindow", $"'baselineWindow' must be between 2 and {MaxBaselineWindow}.");
        }

        if (Direction is { } direction && WarningThreshold is { } warning && CriticalThreshold is { } critical)
        {
            ValidateOrder(errors, prefix, direction, warning, critical);
        }
    }

    private void ValidateOrder(ValidationErrors errors, string prefix, KpiDirection direction, double warning, double critical)
    {
        // Sign +1 when bigger is better: the thresholds then sit below the target, critical lowest.
        var sign = direction == KpiDirection.Increase ? 1 : -1;
        if (sign * (warning - critical) < 0)
        {
            errors.Add($"{prefix}.criticalThreshold", direction == KpiDirection.Increase
                ? "For an increase KPI the critical threshold must not be above the warning threshold."
                : "For a decrease KPI the critical threshold must not be below the warning threshold.");
        }

        if (Target is { } target && sign * (target - warning) < 0)
        {
            errors.Add($"{prefix}.warningThreshold", direction == KpiDirection.Increase
                ? "For an increase KPI the warning threshold must not be above the target."
                : "For a decrease KPI the warning threshold must not be below the target.");
        }
    }

    /// <summary>A stored KPI as a request, so an adjusted one is validated exactly as a new one.</summary>
    public static KpiRequest From(KpiDefinition d) => new(
        d.Id, d.Metric, d.Kind, d.Direction, d.Unit, d.Baseline, d.Target, d.WarningThreshold, d.CriticalThreshold, d.Cadence, d.OwnerId,
        d.WarningRule, d.MinimumSample, d.BaselineWindow);

    public KpiDefinition ToDefinition() => new(
        Id, Metric, Kind ?? KpiKind.Result, Direction!.Value, Unit?.Trim(), Baseline, Target, WarningThreshold!.Value,
        CriticalThreshold!.Value, Cadence ?? Domain.Goals.Cadence.Monthly, OwnerId, WarningRule ?? Domain.Goals.WarningRule.Threshold,
        MinimumSample, BaselineWindow);
}
