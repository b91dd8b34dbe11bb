namespace ServiceExcellence.Feedback.Analysis.RecurringIssues;

/// <summary>
/// A recurring issue raised for a department in one detection window; unique per department, kind, key and window
/// start, which is what makes raising it idempotent across scans and instances.
/// </summary>
public sealed class RecurringIssue
{
    public const int MaxKeyLength = 200;

    private RecurringIssue() { }

    public Guid Id { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public RecurringIssueKind Kind { get; private set; }

    public string Key { get; private set; } = "";

    public int RecentCount { get; private set; }

    public double RecentShare { get; private set; }

    public double BaselineShare { get; private set; }

    public DateTimeOffset WindowStart { get; private set; }

    public DateTimeOffset WindowEnd { get; private set; }

    public DateTimeOffset DetectedAt { get; private set; }

    public static RecurringIssue Raise(
        string departmentCode, RecurringIssueKind kind, RecurringIssueFinding finding, DetectionWindow window, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        DepartmentCode = departmentCode,
        Kind = kind,
        Key = finding.Key.Length <= MaxKeyLength ? finding.Key : finding.Key[..MaxKeyLength],
        RecentCount = finding.RecentCount,
        RecentShare = finding.RecentShare,
        BaselineShare = finding.BaselineShare,
        WindowStart = window.Start,
        WindowEnd = window.End,
        DetectedAt = at,
    };
}
