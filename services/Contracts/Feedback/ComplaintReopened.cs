namespace ServiceExcellence.Contracts.Feedback;

/// <summary>
/// A closed complaint whose customer was not satisfied was reopened: it is <c>open</c> again with new due times counted
/// from <c>ReopenedAt</c>, and may breach its SLA again.
/// </summary>
public sealed record ComplaintReopened(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid ComplaintId,
    string Channel,
    string Severity,
    DateTimeOffset OpenedAt,
    DateTimeOffset ReopenedAt,
    string Reason,
    int ReopenCount,
    DateTimeOffset ResponseDueAt,
    DateTimeOffset ResolutionDueAt) : IIntegrationEvent;
