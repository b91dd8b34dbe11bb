using ServiceExcellence.Reporting.Data;

namespace ServiceExcellence.Reporting.Metrics;

/// <summary>
/// The query families and the exact definitions of DOMAIN §6. Percentiles are PostgreSQL's <c>percentile_cont</c>:
/// linear interpolation between the closest ranks, so the median of an even count is the mean of the two middle values.
/// </summary>
public static class MetricFamilies
{
    private const string Dimensions = "tangibles, reliability, responsiveness, assurance, empathy";

    public static MetricFamily Feedback { get; } = new(
        "feedback", ReportingTables.DailyFeedbackTotals, "local_date",
        string.Join(", ", new[]
        {
            "entries", "csat_answers", "csat_positive", "csat_sum", "nps_answers", "nps_promoters", "nps_detractors",
            "ces_answers", "ces_sum", "commented", "commented_negative", "complaints_opened",
        }.Select(c => $"coalesce(sum({c}), 0)::bigint AS {c}")),
        ["csat", "csat-avg", "nps", "ces-avg", "feedback-volume", "negative-share", "complaint-rate"],
        r => new Dictionary<string, MetricValue>
        {
            ["csat"] = MetricValue.Percent(r.Long("csat_positive"), r.Long("csat_answers")),
            ["csat-avg"] = MetricValue.Ratio(r.Long("csat_sum"), r.Long("csat_answers")),
            ["nps"] = MetricValue.Percent(r.Long("nps_promoters") - r.Long("nps_detractors"), r.Long("nps_answers")),
            ["ces-avg"] = MetricValue.Ratio(r.Long("ces_sum"), r.Long("ces_answers")),
            ["feedback-volume"] = MetricValue.Of(r.Long("entries"), r.Long("entries")),
            ["negative-share"] = MetricValue.Percent(r.Long("commented_negative"), r.Long("commented")),
            ["complaint-rate"] = MetricValue.Percent(r.Long("complaints_opened"), r.Long("entries")),
        });

    /// <summary>Complaints whose resolution was due in the period and whose outcome is known: resolved, or reported breached.</summary>
    public static MetricFamily ComplaintsDue { get; } = new(
        "complaints-due", ReportingTables.ComplaintFacts, "resolution_due_on",
        "count(*) FILTER (WHERE resolved_at IS NOT NULL OR resolution_breached) AS settled, " +
        "count(*) FILTER (WHERE resolved_within_sla) AS within_sla",
        ["complaint-resolution-rate"],
        r => new Dictionary<string, MetricValue>
        {
            ["complaint-resolution-rate"] = MetricValue.Percent(r.Long("within_sla"), r.Long("settled")),
        });

    public static MetricFamily ComplaintsResolved { get; } = new(
        "complaints-resolved", ReportingTables.ComplaintFacts, "resolved_on",
        "count(*) AS resolved, count(*) FILTER (WHERE first_response_within_sla AND resolved_within_sla) AS both_met, " +
        "count(resolution_hours) AS timed, " +
        "percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution_hours) AS p50, " +
        "percentile_cont(0.9) WITHIN GROUP (ORDER BY resolution_hours) AS p90",
        ["sla-compliance", "resolution-hours-p50", "resolution-hours-p90"],
        r => new Dictionary<string, MetricValue>
        {
            ["sla-compliance"] = MetricValue.Percent(r.Long("both_met"), r.Long("resolved")),
            ["resolution-hours-p50"] = MetricValue.Of(r.Double("p50"), r.Long("timed")),
            ["resolution-hours-p90"] = MetricValue.Of(r.Double("p90"), r.Long("timed")),
        });

    public static MetricFamily ComplaintsResponded { get; } = new(
        "complaints-responded", ReportingTables.ComplaintFacts, "responded_on",
        "count(first_response_minutes) AS timed, " +
        "percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_minutes) AS p50, " +
        "percentile_cont(0.9) WITHIN GROUP (ORDER BY first_response_minutes) AS p90",
        ["first-response-minutes-p50", "first-response-minutes-p90"],
        r => new Dictionary<string, MetricValue>
        {
            ["first-response-minutes-p50"] = MetricValue.Of(r.Double("p50"), r.Long("timed")),
            ["first-response-minutes-p90"] = MetricValue.Of(r.Double("p90"), r.Long("timed")),
        });

    public static MetricFamily Audits { get; } = new(
        "audits", ReportingTables.AuditFacts, "conducted_on",
        "count(score) AS scored, avg(score) AS score_mean, " +
        "coalesce(sum(passed_items), 0)::bigint AS passed_items, coalesce(sum(applicable_items), 0)::bigint AS applicable_items, " +
        "count(score) FILTER (WHERE kind = 'mystery-shopper') AS shopper_scored, " +
        "avg(score) FILTER (WHERE kind = 'mystery-shopper') AS shopper_mean",
        ["audit-score", "compliance-rate", "mystery-shopper-score"],
        r => new Dictionary<string, MetricValue>
        {
            ["audit-score"] = MetricValue.Of(r.Double("score_mean"), r.Long("scored")),
            ["compliance-rate"] = MetricValue.Percent(r.Long("passed_items"), r.Long("applicable_items")),
            ["mystery-shopper-score"] = MetricValue.Of(r.Double("shopper_mean"), r.Long("shopper_scored")),
        });

    /// <summary>Corrective actions due in the period whose outcome is known: completed, or reported overdue.</summary>
    public static MetricFamily CorrectiveActions { get; } = new(
        "corrective-actions", ReportingTables.CorrectiveActionFacts, "due_on",
        "count(*) FILTER (WHERE completed_at IS NOT NULL OR overdue) AS settled, count(*) FILTER (WHERE on_time) AS on_time",
        ["corrective-action-on-time"],
        r => new Dictionary<string, MetricValue>
        {
            ["corrective-action-on-time"] = MetricValue.Percent(r.Long("on_time"), r.Long("settled")),
        });

    public static MetricFamily Servqual { get; } = new(
        "servqual", ReportingTables.ServqualResponses, "responded_on",
        $"count(*) AS respondents, avg(overall) AS overall, count(weighted) AS weighted_respondents, avg(weighted) AS weighted, " +
        string.Join(", ", Dimensions.Split(", ").Select(d => $"avg({d}) AS {d}")),
        ["servqual-gap", .. Dimensions.Split(", ").Select(d => $"servqual-gap-{d}")],
        r =>
        {
            var values = Dimensions.Split(", ").ToDictionary(d => $"servqual-gap-{d}", d => MetricValue.Of(r.Double(d), r.Long("respondents")));
            values["servqual-gap"] = MetricValue.Of(r.Double("overall"), r.Long("respondents"));
            return values;
        });

    public static MetricFamily Staff { get; } = new(
        "staff", ReportingTables.StaffAssessments, "period_starts_on",
        "count(*) AS assessed, avg(score) AS score_mean",
        ["service-awareness"],
        r => new Dictionary<string, MetricValue>
        {
            ["service-awareness"] = MetricValue.Of(r.Double("score_mean"), r.Long("assessed")),
        });

    /// <summary>
    /// Active goals whose period overlaps the range, each with its attainment: the closed period's figure once closed,
    /// else the mean of its current KPIs' latest attainment (as Goals defines a goal's own attainment). A goal counts in
    /// the series bucket where its period, cut to the range, starts.
    /// </summary>
    public static MetricFamily Goals { get; } = new(
        "goals",
        $"(SELECT g.department_code, g.period_start, g.period_end, coalesce(g.closed_attainment, " +
        $"(SELECT avg(k.attainment) FROM {ReportingTables.GoalKpiFacts} k WHERE k.goal_id = g.goal_id AND k.version = g.version)) AS attainment " +
        $"FROM {ReportingTables.GoalFacts} g WHERE g.status = 'active') AS goals",
        "greatest(period_start, $1)",
        "count(attainment) AS attained, avg(attainment) AS attainment_mean",
        ["goal-attainment"],
        r => new Dictionary<string, MetricValue>
        {
            // Attainment is a fraction (1 = target reached, up to 1.5); the metric is in percent.
            ["goal-attainment"] = MetricValue.Of(r.Double("attainment_mean") * 100, r.Long("attained")),
        },
        "period_start <= $2 AND period_end >= $1");

    public static IReadOnlyList<MetricFamily> All { get; } =
        [Feedback, ComplaintsDue, ComplaintsResolved, ComplaintsResponded, Audits, CorrectiveActions, Servqual, Staff, Goals];
}
