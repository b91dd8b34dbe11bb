namespace ServiceExcellence.Audits.CorrectiveActions;

/// <summary>Settings of the corrective-action jobs, section <c>Audits:CorrectiveActions</c>.</summary>
public sealed class CorrectiveActionJobOptions
{
    public const string Section = "Audits:CorrectiveActions";

    /// <summary>How often the overdue scan and the automatic verification run.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Actions flagged per transaction, so one scan never holds many row locks at once.</summary>
    public int BatchSize { get; set; } = 500;
}

/// <summary>The automatic effectiveness check, section <c>Audits:Effectiveness</c>.</summary>
public sealed class EffectivenessOptions
{
    public const string Section = "Audits:Effectiveness";

    /// <summary>How many cadences of the KPI after an action is done its status decides the verdict (N).</summary>
    public int Cadences { get; set; } = 2;
}
