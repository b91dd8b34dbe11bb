namespace ServiceExcellence.Audits.Domain.Effectiveness;

/// <summary>How often a KPI is measured, as Goals names it (<c>daily</c>, <c>weekly</c>, <c>monthly</c>, <c>quarterly</c>).</summary>
public enum KpiCadence
{
    Daily,
    Weekly,
    Monthly,
    Quarterly,
}
