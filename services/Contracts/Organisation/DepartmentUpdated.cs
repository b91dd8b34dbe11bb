namespace ServiceExcellence.Contracts.Organisation;

/// <summary>A department was renamed or moved under another parent; carries its whole new state.</summary>
public sealed record DepartmentUpdated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    string Name,
    string? ParentCode) : IIntegrationEvent;
