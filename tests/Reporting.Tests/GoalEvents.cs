using ServiceExcellence.Contracts.Goals;

namespace ServiceExcellence.Reporting.Tests;

/// <summary>Goals' events as the Goals service publishes them, with only what a test cares about to fill in.</summary>
internal static class GoalEvents
{
    public static GoalKpiTarget Target(Guid kpi, string metric, double target, string direction = "increase") =>
        new(kpi, metric, "result", direction, "nps", 0, target, target / 2, 0, "daily", "threshold", "owner-1");

    public static GoalDefined Defined(string department, Guid goal, int version, DateOnly start, DateOnly end, DateTimeOffset at,
        params GoalKpiTarget[] kpis) =>
        new(Guid.CreateVersion7(), at, department, goal, version, $"Goal v{version}", "satisfaction", "active", "owner-1", null,
            start, end, kpis);

    public static KpiStatusChanged StatusChanged(string department, Guid goal, Guid kpi, string metric, string status, double? value,
        double target, double? attainment, DateTimeOffset at) =>
        new(Guid.CreateVersion7(), at, department, goal, kpi, metric, "daily", null, status, value, target, attainment);

    public static KpiMeasured Measured(string department, Guid goal, Guid kpi, string metric, double value, string status,
        double? attainment, DateTimeOffset at) =>
        new(Guid.CreateVersion7(), at, department, goal, kpi, metric, "daily", value, 10, at, "reporting", status, attainment);

    public static GoalClosed Closed(string department, Guid goal, int version, DateOnly start, DateOnly end, string outcome,
        double? attainment, DateTimeOffset at) =>
        new(Guid.CreateVersion7(), at, department, goal, version, start, end, outcome, attainment);

    public static KpiThresholdBreached Breached(string department, Guid alert, Guid goal, Guid kpi, string severity, double value,
        DateTimeOffset at) =>
        new(Guid.CreateVersion7(), at, department, alert, goal, kpi, "nps", "daily", severity, "threshold", value, 0, "owner-1");

    public static AlertAcknowledged Acknowledged(string department, Guid alert, Guid goal, Guid kpi, DateTimeOffset at) =>
        new(Guid.CreateVersion7(), at, department, alert, goal, kpi, "nps", "critical", "manager-1", null);

    public static AlertEscalated Escalated(string department, Guid alert, Guid goal, Guid kpi, string? to, DateTimeOffset at) =>
        new(Guid.CreateVersion7(), at, department, alert, goal, kpi, "nps", "critical", "not-acknowledged", to, 1, at.AddHours(-1));

    public static AlertResolved Resolved(string department, Guid alert, Guid goal, Guid kpi, DateTimeOffset at) =>
        new(Guid.CreateVersion7(), at, department, alert, goal, kpi, "nps", "critical", true, "Back on the good side.", null);
}
