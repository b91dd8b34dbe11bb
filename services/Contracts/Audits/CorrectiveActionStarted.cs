namespace ServiceExcellence.Contracts.Audits;

/// <summary>Work on a corrective action began (<c>planned → in-progress</c>).</summary>
public sealed record CorrectiveActionStarted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid CorrectiveActionId,
    Guid NonconformityId,
    DateTimeOffset DueAt) : IIntegrationEvent;
