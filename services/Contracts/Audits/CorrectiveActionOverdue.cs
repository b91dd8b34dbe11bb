namespace ServiceExcellence.Contracts.Audits;

/// <summary>A corrective action passed its due time without being done; published once per action.</summary>
public sealed record CorrectiveActionOverdue(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid CorrectiveActionId,
    Guid NonconformityId,
    string OwnerId,
    DateTimeOffset DueAt) : IIntegrationEvent;
