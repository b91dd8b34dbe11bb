namespace ServiceExcellence.Contracts.Audits;

/// <summary>A nonconformity's corrective action was verified ineffective, so the nonconformity is open again and needs a new action.</summary>
public sealed record NonconformityReopened(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid NonconformityId,
    Guid IneffectiveActionId,
    int ReopenCount) : IIntegrationEvent;
