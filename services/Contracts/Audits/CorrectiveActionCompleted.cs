namespace ServiceExcellence.Contracts.Audits;

/// <summary>A corrective action was done (<c>in-progress → done</c>); <c>OnTime</c> is <c>CompletedAt ≤ DueAt</c>.</summary>
public sealed record CorrectiveActionCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid CorrectiveActionId,
    Guid NonconformityId,
    DateTimeOffset DueAt,
    DateTimeOffset CompletedAt,
    bool OnTime,
    string Evidence) : IIntegrationEvent;
