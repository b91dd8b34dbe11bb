namespace ServiceExcellence.Goals.Domain.Alerts;

/// <summary>How bad a breach is: past the warning threshold (or a control-chart rule 2–4), or past critical (rule 1).</summary>
public enum AlertSeverity
{
    Warning,
    Critical,
}
