namespace ServiceExcellence.Contracts.Audits;

/// <summary>
/// A nonconformity was raised. <c>Source</c> is <c>audit</c> (a failed critical item or a score under the pass mark),
/// <c>complaint</c>, <c>kpi-alert</c> or <c>manual</c>; <c>SourceReference</c> is the audit, complaint or alert id.
/// <c>KpiId</c> names the KPI it hurts, when known; its effectiveness is then verified automatically from that KPI.
/// </summary>
public sealed record NonconformityRaised(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid NonconformityId,
    string Source,
    string? SourceReference,
    string Description,
    bool Critical,
    Guid? KpiId) : IIntegrationEvent;
