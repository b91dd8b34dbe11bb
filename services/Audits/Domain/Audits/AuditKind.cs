namespace ServiceExcellence.Audits.Domain.Audits;

/// <summary>Who looked: an internal review (内部审查), a mystery shopper (神秘顾客) or the department itself.</summary>
public enum AuditKind
{
    Internal,
    MysteryShopper,
    SelfAssessment,
}
