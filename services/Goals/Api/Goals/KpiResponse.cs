using ServiceExcellence.Goals.Domain.Goals;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>
/// A KPI with its latest actual, attainment and status. <c>Stale</c> is true while Reporting cannot be reached: the
/// actual is then the last one pulled, as of <c>LastSuccessAt</c>.
/// </summary>
public sealed record KpiResponse(
    Guid Id,
    string? Metric,
    KpiKind Kind,
    KpiDirection Direction,
    string? Unit,
    double? Baseline,
    double? Target,
    double WarningThreshold,
    double CriticalThreshold,
    Cadence Cadence,
    string? OwnerId,
    WarningRule WarningRule,
    int? MinimumSample,
    int? BaselineWindow,
    double? Actual,
    long? SampleSize,
    DateTimeOffset? MeasuredAt,
    DateTimeOffset? LastSuccessAt,
    bool Stale,
    KpiStatus? Status,
    double? Attainment,
    DateTimeOffset? NextDueAt)
{
    public static KpiResponse From(Kpi k) => new(
        k.Id, k.Metric, k.Kind, k.Direction, k.Unit, k.Baseline, k.Target, k.WarningThreshold, k.CriticalThreshold, k.Cadence,
        k.OwnerId, k.WarningRule, k.MinimumSample, k.BaselineWindow, k.LastValue, k.LastSampleSize, k.LastMeasuredAt,
        k.LastSuccessAt, k.Status == KpiStatus.Stale, k.Status, k.Attainment, k.NextDueAt);
}
