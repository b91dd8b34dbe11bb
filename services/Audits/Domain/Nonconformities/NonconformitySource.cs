namespace ServiceExcellence.Audits.Domain.Nonconformities;

/// <summary>What raised a nonconformity: an audit, a person, a critical complaint past its resolution SLA, or a KPI alert.</summary>
public enum NonconformitySource
{
    Audit,
    Manual,
    Complaint,
    KpiAlert,
}
