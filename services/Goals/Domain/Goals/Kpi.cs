using ServiceExcellence.Goals.Domain.Tracking;

namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>
/// One KPI of a goal: its definition (metric, direction, baseline, target, thresholds, cadence, warning rule) and its
/// tracking state — the latest actual, the last successful pull and the status derived from them.
/// </summary>
public sealed class Kpi
{
    public const int MaxUnitLength = 32;

    private Kpi() { }

    internal Kpi(Guid id, Guid goalId)
    {
        Id = id;
        GoalId = goalId;
    }

    public Guid Id { get; private set; }

    public Guid GoalId { get; private set; }

    public string? Metric { get; private set; }

    public KpiKind Kind { get; private set; }

    public KpiDirection Direction { get; private set; }

    public string? Unit { get; private set; }

    public double? Baseline { get; private set; }

    public double? Target { get; private set; }

    public double WarningThreshold { get; private set; }

    public double CriticalThreshold { get; private set; }

    public Cadence Cadence { get; private set; }

    /// <summary>Who records manual measurements and owns alerts; the goal's owner when null.</summary>
    public string? OwnerId { get; private set; }

    public WarningRule WarningRule { get; private set; }

    /// <summary>Answers needed before a proportion is judged; <see cref="KpiEvaluation.DefaultMinimumSample"/> when null.</summary>
    public int? MinimumSample { get; private set; }

    /// <summary>How many first measurements fix the control chart; 20 when null.</summary>
    public int? BaselineWindow { get; private set; }

    public double? LastValue { get; private set; }

    public long? LastSampleSize { get; private set; }

    public DateTimeOffset? LastMeasuredAt { get; private set; }

    /// <summary>When Reporting last answered for this KPI (also when it had no data).</summary>
    public DateTimeOffset? LastSuccessAt { get; private set; }

    public KpiStatus? Status { get; private set; }

    /// <summary>When the tracker pulls the actual next; null for manual KPIs and goals not being tracked.</summary>
    public DateTimeOffset? NextDueAt { get; private set; }

    public bool IsManual => Metric is not null && MetricKeys.IsManual(Metric);

    public const int DefaultBaselineWindow = 20;

    public int ChartWindow => BaselineWindow ?? DefaultBaselineWindow;

    public KpiDefinition Definition() => new(
        Id, Metric, Kind, Direction, Unit, Baseline, Target, WarningThreshold, CriticalThreshold, Cadence, OwnerId, WarningRule,
        MinimumSample, BaselineWindow);

    internal void Define(KpiDefinition d)
    {
        Metric = d.Metric;
        Kind = d.Kind;
        Direction = d.Direction;
        Unit = d.Unit;
        Baseline = d.Baseline;
        Target = d.Target;
        WarningThreshold = d.WarningThreshold;
        CriticalThreshold = d.CriticalThreshold;
        Cadence = d.Cadence;
        OwnerId = d.OwnerId;
        WarningRule = d.WarningRule;
        MinimumSample = d.MinimumSample;
        BaselineWindow = d.BaselineWindow;
        if (LastValue is { } value && Status is not (KpiStatus.Stale or KpiStatus.InsufficientData))
        {
            Status = KpiEvaluation.Status(Direction, WarningThreshold, CriticalThreshold, value);
        }
    }

    internal void ScheduleNow(DateTimeOffset now) => NextDueAt = IsManual ? null : now;

    public void ScheduleNext(DateTimeOffset? next) => NextDueAt = IsManual ? null : next;

    public double? Attainment => LastValue is { } value && Baseline is { } b && Target is { } t
        ? KpiEvaluation.Attainment(Direction, b, t, value)
        : null;

    /// <summary>Takes a new actual and returns the status it gives: thresholds, or insufficient data below the minimum sample.</summary>
    public KpiStatus Record(double value, long? sampleSize, DateTimeOffset observedAt, DateTimeOffset now)
    {
        LastSuccessAt = now;
        LastValue = value;
        LastSampleSize = sampleSize;
        LastMeasuredAt = observedAt;
        Status = IsJudgeable(sampleSize)
            ? KpiEvaluation.Status(Direction, WarningThreshold, CriticalThreshold, value)
            : KpiStatus.InsufficientData;
        return Status.Value;
    }

    /// <summary>False for a proportion below its minimum sample: shown, but never judged or alerted on.</summary>
    public bool IsJudgeable(long? sampleSize) =>
        Metric is null || !KpiEvaluation.HasTooFewAnswers(Metric, sampleSize, MinimumSample);

    /// <summary>Reporting answered, but the period so far has no data.</summary>
    public void RecordNoData(DateTimeOffset now)
    {
        LastSuccessAt = now;
        Status = KpiStatus.InsufficientData;
    }

    /// <summary>Reporting could not be reached: the last value stays, marked stale, with <see cref="LastSuccessAt"/> as it was.</summary>
    public void MarkStale() => Status = KpiStatus.Stale;

    /// <summary>The period's verdict; returns whether the target was met.</summary>
    public bool Close()
    {
        var met = LastValue is { } value && Target is { } target && KpiEvaluation.MeetsTarget(Direction, target, value);
        Status = met ? KpiStatus.Achieved : KpiStatus.Missed;
        NextDueAt = null;
        return met;
    }
}
