namespace ServiceExcellence.DemoData;

/// <summary>How much demo data <see cref="DemoOrganisation.LoadAsync"/> makes; the same options always make the same data.</summary>
public sealed record DemoOptions
{
    /// <summary>Feedback entries spread over the three full months before the current one.</summary>
    public int FeedbackEntries { get; init; } = 30_000;

    /// <summary>Seed of every random choice: two runs with the same seed generate the same entries.</summary>
    public int Seed { get; init; } = 20261122;

    /// <summary>How long to wait for Reporting to fold the feedback before refreshing the goals.</summary>
    public TimeSpan ReportingWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>"Today" of the demo; null is the current date in the organisation (Asia/Shanghai). The demo months are the three before this one's month.</summary>
    public DateOnly? Today { get; init; }
}
