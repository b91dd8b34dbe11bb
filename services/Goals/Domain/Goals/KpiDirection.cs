namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>Whether a KPI gets better by going up (CSAT) or down (resolution hours).</summary>
public enum KpiDirection
{
    Increase,
    Decrease,
}
