namespace ServiceExcellence.Contracts.Audits;

/// <summary>
/// A done corrective action's effectiveness was verified: <c>done → verified-effective | verified-ineffective</c>.
/// <c>Automatic</c> is true when the verdict came from the status of the KPI the nonconformity names.
/// </summary>
public sealed record CorrectiveActionVerified(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid CorrectiveActionId,
    Guid NonconformityId,
    bool Effective,
    bool Automatic,
    string? Note) : IIntegrationEvent;
