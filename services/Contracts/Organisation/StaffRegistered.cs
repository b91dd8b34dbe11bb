namespace ServiceExcellence.Contracts.Organisation;

/// <summary>A staff member was registered in a department (and optionally a team).</summary>
public sealed record StaffRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    string StaffId,
    string Name,
    string? Team) : IIntegrationEvent;
