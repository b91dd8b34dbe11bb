namespace ServiceExcellence.Contracts.Audits;

/// <summary>A nonconformity's corrective action was verified effective; the nonconformity is closed.</summary>
public sealed record NonconformityClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid NonconformityId,
    Guid EffectiveActionId,
    DateTimeOffset RaisedAt) : IIntegrationEvent;
