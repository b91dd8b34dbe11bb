namespace ServiceExcellence.Contracts.Audits;

/// <summary>
/// An audit was recorded. <c>OccurredAt</c> is when it was conducted (the time reports bucket by). <c>Kind</c> is
/// <c>internal</c>, <c>mystery-shopper</c> or <c>self-assessment</c>. <c>Score</c> = 100 × passed weight / applicable
/// weight and <c>ComplianceRate</c> = 100 × passed / applicable items; both are null when no item was applicable.
/// The weights and counts are carried so that reports can aggregate exactly over many audits.
/// </summary>
public sealed record AuditCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid AuditId,
    string Kind,
    string StandardCode,
    int StandardVersion,
    string AuditorId,
    double? Score,
    double? ComplianceRate,
    bool Passed,
    int PassedItems,
    int FailedItems,
    int ApplicableItems,
    double PassedWeight,
    double ApplicableWeight,
    IReadOnlyList<AuditDimensionResult> DimensionResults,
    IReadOnlyList<Guid> NonconformityIds) : IIntegrationEvent;
