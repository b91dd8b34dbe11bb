namespace ServiceExcellence.Contracts.Audits;

/// <summary>
/// A staff member's service awareness (员工服务意识得分, 0–100) was assessed for a period (<c>2026</c>, <c>2026-Q3</c>,
/// <c>2026-07</c> or <c>2026-W27</c>). <c>OccurredAt</c> is the start of that period in the organisation's time zone,
/// so that reports put the score in the period it is about; a second assessment of the same staff member and period
/// replaces the first (same <c>AssessmentId</c>).
/// </summary>
public sealed record StaffAssessed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid AssessmentId,
    string StaffId,
    string Period,
    double ServiceAwarenessScore,
    string AssessorId) : IIntegrationEvent;
