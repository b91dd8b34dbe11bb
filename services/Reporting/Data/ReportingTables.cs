namespace ServiceExcellence.Reporting.Data;

/// <summary>Table names shared by the EF model, the hand-written migration and the raw SQL of the hot paths.</summary>
public static class ReportingTables
{
    public const string EventLog = "event_log";
    public const string DailyFeedbackTotals = "daily_feedback_totals";
    public const string ComplaintFacts = "complaint_facts";
    public const string AuditFacts = "audit_facts";
    public const string CorrectiveActionFacts = "corrective_action_facts";
    public const string ServqualResponses = "servqual_responses";
    public const string StaffAssessments = "staff_assessments";
    public const string GoalFacts = "goal_facts";
    public const string GoalKpiFacts = "goal_kpi_facts";
    public const string GoalAlerts = "goal_alerts";

    /// <summary>The read models of Goals' events, added by their own migration.</summary>
    public static IReadOnlyList<string> GoalReadModels { get; } = [GoalFacts, GoalKpiFacts, GoalAlerts];

    /// <summary>Every table built from the event log, i.e. what a rebuild truncates and replays.</summary>
    public static IReadOnlyList<string> ReadModels { get; } =
        [
            DailyFeedbackTotals, ComplaintFacts, AuditFacts, CorrectiveActionFacts, ServqualResponses, StaffAssessments,
            GoalFacts, GoalKpiFacts, GoalAlerts,
        ];
}
