using ServiceExcellence.Feedback.Domain.Complaints;
using ServiceExcellence.Feedback.Domain.Intake;

namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>
/// A complaint as the API shows it. <c>overdue</c> is computed at the time of the request; the <c>…BreachedAt</c>
/// times are when the overdue scan flagged (and published) a breach of the current cycle.
/// </summary>
public sealed record ComplaintResponse(
    Guid Id,
    Channel Channel,
    string DepartmentCode,
    string CustomerRef,
    string Summary,
    Severity Severity,
    ComplaintState State,
    string OpenedBy,
    DateTimeOffset OpenedAt,
    DateTimeOffset ResponseDueAt,
    DateTimeOffset ResolutionDueAt,
    DateTimeOffset? RespondedAt,
    string? ResponseMessage,
    DateTimeOffset? ResolvedAt,
    string? Resolution,
    DateTimeOffset? ClosedAt,
    bool? CustomerInformed,
    bool? CustomerSatisfied,
    int ReopenCount,
    DateTimeOffset? LastReopenedAt,
    string? LastReopenReason,
    bool Overdue,
    DateTimeOffset? ResponseBreachedAt,
    DateTimeOffset? ResolutionBreachedAt)
{
    public static ComplaintResponse From(Complaint c, DateTimeOffset now) => new(
        c.Id, c.Channel, c.DepartmentCode, c.CustomerRef, c.Summary, c.Severity, c.State, c.OpenedBy, c.OpenedAt,
        c.ResponseDueAt, c.ResolutionDueAt, c.RespondedAt, c.ResponseMessage, c.ResolvedAt, c.Resolution, c.ClosedAt,
        c.CustomerInformed, c.CustomerSatisfied, c.ReopenCount, c.LastReopenedAt, c.LastReopenReason, c.IsOverdue(now),
        c.ResponseBreachedAt, c.ResolutionBreachedAt);
}
