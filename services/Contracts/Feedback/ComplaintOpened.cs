namespace ServiceExcellence.Contracts.Feedback;

/// <summary>
/// A complaint was opened. <c>Channel</c> and <c>Severity</c> are kebab-case (<c>call-centre</c>, <c>critical</c>);
/// the due times are the SLA deadlines its department's policy gave it.
/// </summary>
public sealed record ComplaintOpened(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid ComplaintId,
    string Channel,
    string Severity,
    DateTimeOffset OpenedAt,
    DateTimeOffset ResponseDueAt,
    DateTimeOffset ResolutionDueAt) : IIntegrationEvent;
