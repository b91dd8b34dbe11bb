namespace ServiceExcellence.Contracts.Audits;

/// <summary>A corrective action was planned for a nonconformity, with its owner (a staff id) and due time.</summary>
public sealed record CorrectiveActionPlanned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid CorrectiveActionId,
    Guid NonconformityId,
    string OwnerId,
    DateTimeOffset DueAt,
    string Plan) : IIntegrationEvent;
