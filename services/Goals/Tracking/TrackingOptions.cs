namespace ServiceExcellence.Goals.Tracking;

/// <summary>How often the tracking job looks for due KPIs and missed alert deadlines (<c>Goals:Tracking</c>).</summary>
public sealed class TrackingOptions
{
    public const string Section = "Goals:Tracking";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
