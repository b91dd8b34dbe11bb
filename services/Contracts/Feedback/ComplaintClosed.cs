namespace ServiceExcellence.Contracts.Feedback;

/// <summary>A resolved complaint was closed after the customer was informed of the result; records their satisfaction.</summary>
public sealed record ComplaintClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid ComplaintId,
    string Channel,
    string Severity,
    DateTimeOffset OpenedAt,
    DateTimeOffset ResolvedAt,
    DateTimeOffset ClosedAt,
    bool CustomerInformed,
    bool CustomerSatisfied,
    int ReopenCount) : IIntegrationEvent;
