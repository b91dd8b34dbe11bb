namespace ServiceExcellence.Contracts.Organisation;

/// <summary>A department was added to the organisation tree.</summary>
public sealed record DepartmentRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    string Name,
    string? ParentCode) : IIntegrationEvent;
