namespace ServiceExcellence.Goals.Tracking;

/// <summary>How often the tracking job looks for due KPIs and missed alert deadlines, and in what pages (<c>Goals:Tracking</c>).</summary>
public sealed class TrackingOptions
{
    public const string Section = "Goals:Tracking";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many candidate alerts the escalation scan reads, escalates and saves at a time.</summary>
    public int EscalationPageSize { get; set; } = 500;
}
