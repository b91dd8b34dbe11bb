namespace ServiceExcellence.Contracts.Feedback;

/// <summary>
/// A complaint passed one of its SLA deadlines without the step done; published once per deadline and cycle.
/// <c>Deadline</c> is <see cref="FirstResponse"/> or <see cref="Resolution"/>; <c>OccurredAt</c> is when it was detected.
/// </summary>
public sealed record ComplaintSlaBreached(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid ComplaintId,
    string Deadline,
    DateTimeOffset DueAt,
    string Severity,
    string Channel,
    DateTimeOffset OpenedAt,
    DateTimeOffset CycleStartedAt,
    int ReopenCount) : IIntegrationEvent
{
    public const string FirstResponse = "first-response";
    public const string Resolution = "resolution";
}
