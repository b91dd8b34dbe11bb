using ServiceExcellence.Goals.Domain.Alerts;

namespace ServiceExcellence.Goals.Api.Alerts;

/// <summary>An alert as the API shows it, with its contingency deadlines.</summary>
public sealed record AlertResponse(
    Guid Id, Guid GoalId, Guid KpiId, string DepartmentCode, string MetricKey, AlertSeverity Severity, string Rule, double Value,
    double? Threshold, string OwnerId, AlertState State, DateTimeOffset OpenedAt, DateTimeOffset AcknowledgeDueAt,
    DateTimeOffset ActionPlanDueAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy, string? ActionPlan,
    bool Escalated, int EscalationCount, string? EscalatedTo, DateTimeOffset? ResolvedAt, string? Resolution, string? ResolvedBy,
    bool ResolvedAutomatically)
{
    public static AlertResponse From(Alert a) => new(
        a.Id, a.GoalId, a.KpiId, a.DepartmentCode, a.MetricKey, a.Severity, a.Rule, a.Value, a.Threshold, a.OwnerId, a.State, a.OpenedAt,
        a.ClockStartedAt + ContingencyPolicy.AcknowledgeWithin(a.Severity), a.ClockStartedAt + ContingencyPolicy.ActionPlanWithin(a.Severity),
        a.AcknowledgedAt, a.AcknowledgedBy, a.ActionPlan, a.EscalationCount > 0, a.EscalationCount, a.EscalatedTo, a.ResolvedAt,
        a.Resolution, a.ResolvedBy, a.ResolvedAutomatically);
}
