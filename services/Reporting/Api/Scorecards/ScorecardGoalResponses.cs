namespace ServiceExcellence.Reporting.Api.Scorecards;

/// <summary>
/// A department's goal active in the scorecard's period: <c>attainment</c> is a fraction (1 = target reached) — the
/// closed period's figure, else the mean of its KPIs' latest; <c>status</c> is the outcome once closed (<c>achieved</c>,
/// <c>missed</c>), else the worst of its KPIs' statuses.
/// </summary>
public sealed record ScorecardGoal(
    Guid GoalId, string Title, string Category, int Version, DateOnly PeriodStart, DateOnly PeriodEnd, double? Attainment, string? Status);

/// <summary>An unresolved KPI alert of the department: <c>state</c> is <c>open</c>, <c>acknowledged</c> or <c>escalated</c>.</summary>
public sealed record ScorecardAlert(
    Guid AlertId, Guid GoalId, Guid KpiId, string Metric, string Severity, string State, double? Value, double? Threshold,
    DateTimeOffset? OpenedAt, string? EscalatedTo);

/// <summary>The target of the department's goal KPI on one metric, with its direction and latest status.</summary>
public sealed record MetricTarget(double Target, string? Direction, string? Status);
