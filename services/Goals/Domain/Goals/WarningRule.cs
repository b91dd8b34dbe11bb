namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>What opens an alert for a KPI: its thresholds, or a control chart (统计过程控制) for noisy or low-volume KPIs.</summary>
public enum WarningRule
{
    Threshold,
    ControlChart,
}
