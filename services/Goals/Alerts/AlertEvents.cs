using ServiceExcellence.Contracts.Goals;
using ServiceExcellence.Goals.Domain.Alerts;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Goals.Alerts;

/// <summary>Maps alert changes to their integration events.</summary>
internal static class AlertEvents
{
    public static KpiThresholdBreached Breached(Alert a, Kpi k, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, a.DepartmentCode, a.Id, a.GoalId, a.KpiId, a.MetricKey, KebabCase.Of(k.Cadence),
        KebabCase.Of(a.Severity), a.Rule, a.Value, a.Threshold, a.OwnerId);

    public static AlertAcknowledged Acknowledged(Alert a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, a.DepartmentCode, a.Id, a.GoalId, a.KpiId, a.MetricKey, KebabCase.Of(a.Severity),
        a.AcknowledgedBy ?? "", a.ActionPlan);

    public static AlertEscalated Escalated(Alert a, string reason, DateTimeOffset dueAt, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, a.DepartmentCode, a.Id, a.GoalId, a.KpiId, a.MetricKey, KebabCase.Of(a.Severity), reason,
        a.EscalatedTo, a.EscalationCount, dueAt);

    public static AlertResolved Resolved(Alert a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, a.DepartmentCode, a.Id, a.GoalId, a.KpiId, a.MetricKey, KebabCase.Of(a.Severity),
        a.ResolvedAutomatically, a.Resolution ?? "", a.ResolvedBy);
}
