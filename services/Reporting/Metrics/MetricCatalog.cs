namespace ServiceExcellence.Reporting.Metrics;

/// <summary>Every metric key Reporting answers (DOMAIN §6), in scorecard order, and the query family that computes it.</summary>
public static class MetricCatalog
{
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new("csat", "percent"),
        new("csat-avg", "score-1-5"),
        new("nps", "nps"),
        // CES on DOMAIN's 1–7 scale is the CES 2.0 agreement scale ("made it easy for me"): higher means less effort.
        new("ces-avg", "score-1-7"),
        new("feedback-volume", "count"),
        new("negative-share", "percent", LowerIsBetter: true),
        new("complaint-rate", "per-100-feedback", LowerIsBetter: true),
        new("complaint-resolution-rate", "percent"),
        new("first-response-minutes-p50", "minutes", LowerIsBetter: true),
        new("first-response-minutes-p90", "minutes", LowerIsBetter: true),
        new("resolution-hours-p50", "hours", LowerIsBetter: true),
        new("resolution-hours-p90", "hours", LowerIsBetter: true),
        new("sla-compliance", "percent"),
        new("audit-score", "percent"),
        new("compliance-rate", "percent"),
        new("mystery-shopper-score", "percent"),
        new("corrective-action-on-time", "percent"),
        new("servqual-gap", "gap"),
        new("servqual-gap-tangibles", "gap"),
        new("servqual-gap-reliability", "gap"),
        new("servqual-gap-responsiveness", "gap"),
        new("servqual-gap-assurance", "gap"),
        new("servqual-gap-empathy", "gap"),
        new("service-awareness", "score-0-100"),
        new("goal-attainment", "percent"),
    ];

    private static readonly Dictionary<string, MetricDefinition> ByKey = All.ToDictionary(m => m.Key, StringComparer.Ordinal);

    public static bool TryFind(string key, out MetricDefinition metric) => ByKey.TryGetValue(key, out metric!);

    /// <summary>The families whose query yields the metric.</summary>
    public static IReadOnlyList<MetricFamily> FamiliesOf(string key) =>
        MetricFamilies.All.Where(f => f.Metrics.Contains(key)).ToList();
}
