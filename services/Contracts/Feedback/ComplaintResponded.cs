namespace ServiceExcellence.Contracts.Feedback;

/// <summary>
/// The first response of a complaint's cycle was given. <c>CycleStartedAt</c> is the opening time, or the reopen time
/// for a reopened complaint; <c>FirstResponseMinutes</c> is measured from it; <c>WithinSla</c> is
/// <c>RespondedAt ≤ ResponseDueAt</c>.
/// </summary>
public sealed record ComplaintResponded(
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
    bool WithinSla,
    double FirstResponseMinutes,
    int ReopenCount) : IIntegrationEvent;
