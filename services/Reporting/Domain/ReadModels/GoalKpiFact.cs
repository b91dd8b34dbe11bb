namespace ServiceExcellence.Reporting.Domain.ReadModels;

/// <summary>
/// One KPI of a goal: its target and thresholds from the goal's latest version, and its latest status, value and
/// attainment (from <c>KpiStatusChanged</c>/<c>KpiMeasured</c>, the newest by occurrence wins). A status may arrive
/// before the goal's definition; the row then has version 0 until the definition fills it in.
/// </summary>
public sealed class GoalKpiFact
{
    public Guid KpiId { get; set; }

    public Guid GoalId { get; set; }

    public required string DepartmentCode { get; set; }

    public int Version { get; set; }

    public required string MetricKey { get; set; }

    /// <summary><c>increase</c> or <c>decrease</c>: which sign of the deviation is good.</summary>
    public string? Direction { get; set; }

    public double Target { get; set; }

    public double? WarningThreshold { get; set; }

    public double? CriticalThreshold { get; set; }

    public string? Cadence { get; set; }

    public string? Status { get; set; }

    public double? Value { get; set; }

    public double? Attainment { get; set; }

    public DateTimeOffset? StatusAt { get; set; }
}
