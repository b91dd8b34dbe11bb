using ServiceExcellence.Goals.Domain.Goals;

namespace ServiceExcellence.Goals.Domain.Tracking;

/// <summary>Attainment and threshold status of one actual value (DOMAIN §2); pure arithmetic.</summary>
public static class KpiEvaluation
{
    public const double MaxAttainment = 1.5;

    /// <summary>Default minimum number of answers behind a proportion before it is judged at all.</summary>
    public const int DefaultMinimumSample = 30;

    /// <summary>
    /// (actual − baseline)/(target − baseline) for <c>increase</c>, (baseline − actual)/(baseline − target) for
    /// <c>decrease</c>, clamped to [0, 1.5]; null when target equals baseline (a draft) and the ratio has no meaning.
    /// </summary>
    public static double? Attainment(KpiDirection direction, double baseline, double target, double actual)
    {
        if (target == baseline)
        {
            return null;
        }

        var ratio = direction == KpiDirection.Increase
            ? (actual - baseline) / (target - baseline)
            : (baseline - actual) / (baseline - target);
        return Math.Clamp(ratio, 0, MaxAttainment);
    }

    /// <summary>
    /// <c>on-track</c> on the good side of the warning threshold, <c>at-risk</c> between warning and critical,
    /// <c>off-track</c> past critical. A value exactly on a threshold counts on its better side: exactly on the warning
    /// threshold is on-track, exactly on the critical one at-risk.
    /// </summary>
    public static KpiStatus Status(KpiDirection direction, double warningThreshold, double criticalThreshold, double actual)
    {
        var sign = direction == KpiDirection.Increase ? 1 : -1;
        if (sign * (actual - warningThreshold) >= 0)
        {
            return KpiStatus.OnTrack;
        }

        return sign * (actual - criticalThreshold) >= 0 ? KpiStatus.AtRisk : KpiStatus.OffTrack;
    }

    /// <summary>Whether the actual meets the target at period end (on the target counts as met).</summary>
    public static bool MeetsTarget(KpiDirection direction, double target, double actual) =>
        direction == KpiDirection.Increase ? actual >= target : actual <= target;

    /// <summary>Below the minimum sample a proportion is not judged: <c>insufficient-data</c>, never an alert.</summary>
    public static bool HasTooFewAnswers(string metric, long? sampleSize, int? minimumSample) =>
        MetricKeys.IsProportion(metric) && (sampleSize ?? 0) < (minimumSample ?? DefaultMinimumSample);
}
