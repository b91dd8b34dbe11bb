namespace ServiceExcellence.Contracts.Goals;

/// <summary>
/// One KPI of a goal version as <see cref="GoalDefined"/> carries it: what Reporting needs to show target, deviation and status.
/// Enumerations are kebab-case words (<c>increase</c>, <c>monthly</c>, <c>control-chart</c>).
/// </summary>
public sealed record GoalKpiTarget(
    Guid KpiId,
    string MetricKey,
    string Kind,
    string Direction,
    string Unit,
    double Baseline,
    double Target,
    double WarningThreshold,
    double CriticalThreshold,
    string Cadence,
    string WarningRule,
    string OwnerId);
