namespace ServiceExcellence.Contracts.Feedback;

/// <summary>
/// A complaint was resolved. <c>ResolutionHours</c> runs from <c>CycleStartedAt</c> (opening, or the last reopen) to
/// <c>ResolvedAt</c>; <c>WithinSla</c> is <c>ResolvedAt ≤ ResolutionDueAt</c>; <c>FirstResponseWithinSla</c> lets
/// reporting compute sla-compliance (both deadlines met) from this one event.
/// </summary>
public sealed record ComplaintResolved(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid ComplaintId,
    string Channel,
    string Severity,
    DateTimeOffset OpenedAt,
    DateTimeOffset CycleStartedAt,
    DateTimeOffset RespondedAt,
    DateTimeOffset ResponseDueAt,
    bool FirstResponseWithinSla,
    DateTimeOffset ResolvedAt,
    DateTimeOffset ResolutionDueAt,
    bool WithinSla,
    double ResolutionHours,
    int ReopenCount) : IIntegrationEvent;
