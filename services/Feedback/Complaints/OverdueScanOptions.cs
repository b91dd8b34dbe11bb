namespace ServiceExcellence.Feedback.Complaints;

/// <summary>Settings of the overdue-complaint scan, section <c>Complaints:OverdueScan</c>.</summary>
public sealed class OverdueScanOptions
{
    public const string Section = "Complaints:OverdueScan";

    /// <summary>How often the scan runs; a breach is detected at most this late.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Complaints flagged per transaction, so one scan never holds many row locks at once.</summary>
    public int BatchSize { get; set; } = 500;
}
