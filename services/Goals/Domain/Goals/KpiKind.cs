namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>结果指标 (an outcome) or 过程指标 (a driver of one).</summary>
public enum KpiKind
{
    Result,
    Process,
}
