using ServiceExcellence.Contracts.Goals;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Tracking;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>Maps goal and KPI changes to their integration events, with what Reporting and Audits need.</summary>
internal static class GoalEvents
{
    public static GoalDefined Defined(Goal g, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, g.DepartmentCode, g.Id, g.Version, g.Title,
        g.Category is { } category ? KebabCase.Of(category) : "", KebabCase.Of(g.Status), g.OwnerId ?? "", g.ParentGoalId,
        g.PeriodStart, g.PeriodEnd,
        g.Kpis.Select(k => new GoalKpiTarget(
            k.Id, k.Metric ?? "", KebabCase.Of(k.Kind), KebabCase.Of(k.Direction), k.Unit ?? "", k.Baseline ?? 0, k.Target ?? 0,
            k.WarningThreshold, k.CriticalThreshold, KebabCase.Of(k.Cadence), KebabCase.Of(k.WarningRule), k.OwnerId ?? g.OwnerId ?? ""))
            .ToList());

    public static GoalClosed Closed(Goal g, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, g.DepartmentCode, g.Id, g.Version, g.PeriodStart, g.PeriodEnd, KebabCase.Of(g.Status),
        GoalResponse.MeanAttainment(g));

    public static KpiMeasured Measured(Goal g, Kpi k, KpiMeasurement m, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, g.DepartmentCode, g.Id, k.Id, k.Metric ?? "", KebabCase.Of(k.Cadence), m.Value, m.SampleSize,
        m.ObservedAt, KebabCase.Of(m.Source), k.Status is { } s ? KebabCase.Of(s) : "", k.Attainment);

    public static KpiStatusChanged StatusChanged(Goal g, Kpi k, KpiStatus? previous, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, g.DepartmentCode, g.Id, k.Id, k.Metric ?? "", KebabCase.Of(k.Cadence),
        previous is { } p ? KebabCase.Of(p) : null, KebabCase.Of(k.Status!.Value), k.LastValue, k.Target ?? 0, k.Attainment);
}
