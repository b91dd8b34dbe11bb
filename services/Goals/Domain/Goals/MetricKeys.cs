namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>The metric keys a KPI may track (DOMAIN §6), or <c>manual:&lt;slug&gt;</c> for values entered by hand.</summary>
public static class MetricKeys
{
    public const string ManualPrefix = "manual:";
    public const int MaxLength = 64;

    private static readonly HashSet<string> Computed = new(StringComparer.Ordinal)
    {
        "csat", "csat-avg", "nps", "ces-avg", "feedback-volume", "negative-share", "complaint-rate",
        "complaint-resolution-rate", "first-response-minutes-p50", "first-response-minutes-p90",
        "resolution-hours-p50", "resolution-hours-p90", "sla-compliance", "audit-score", "compliance-rate",
        "mystery-shopper-score", "corrective-action-on-time", "servqual-gap", "servqual-gap-tangibles",
        "servqual-gap-reliability", "servqual-gap-responsiveness", "servqual-gap-assurance", "servqual-gap-empathy",
        "service-awareness", "goal-attainment",
    };

    /// <summary>Metrics that are shares of answers or items, so a p-chart and the minimum sample apply.</summary>
    private static readonly HashSet<string> Proportions = new(StringComparer.Ordinal)
    {
        "csat", "nps", "negative-share", "complaint-rate", "complaint-resolution-rate", "sla-compliance",
        "compliance-rate", "corrective-action-on-time",
    };

    public static bool IsManual(string metric) => metric.StartsWith(ManualPrefix, StringComparison.Ordinal);

    public static bool IsProportion(string metric) => Proportions.Contains(metric);

    /// <summary>
    /// Proportions are watched with a p-chart; NPS, though built from answer shares, is a difference of two of them
    /// (−100 to 100), so it takes an XmR chart like continuous values.
    /// </summary>
    public static bool UsesPChart(string metric) => IsProportion(metric) && metric != "nps";

    public static bool IsValid(string? metric) =>
        metric is { Length: > 0 and <= MaxLength }
        && (Computed.Contains(metric) || (IsManual(metric) && Contracts.DepartmentCode.IsValid(metric[ManualPrefix.Length..])));
}
