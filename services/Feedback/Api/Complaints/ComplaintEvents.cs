using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Feedback.Domain.Complaints;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>Maps each complaint transition to its integration event, with what reporting needs for the SLA metrics.</summary>
internal static class ComplaintEvents
{
    public static ComplaintOpened Opened(Complaint c, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, c.DepartmentCode, c.Id, KebabCase.Of(c.Channel), KebabCase.Of(c.Severity),
        c.OpenedAt, c.ResponseDueAt, c.ResolutionDueAt);

    public static ComplaintResponded Responded(Complaint c, DateTimeOffset now)
    {
        var respondedAt = c.RespondedAt!.Value;
        return new(Guid.CreateVersion7(now), now, c.DepartmentCode, c.Id, KebabCase.Of(c.Channel), KebabCase.Of(c.Severity),
            c.OpenedAt, c.SlaClockStartedAt, respondedAt, c.ResponseDueAt, respondedAt <= c.ResponseDueAt,
            (respondedAt - c.SlaClockStartedAt).TotalMinutes, c.ReopenCount);
    }

    public static ComplaintResolved Resolved(Complaint c, DateTimeOffset now)
    {
        var respondedAt = c.RespondedAt!.Value;
        var resolvedAt = c.ResolvedAt!.Value;
        return new(Guid.CreateVersion7(now), now, c.DepartmentCode, c.Id, KebabCase.Of(c.Channel), KebabCase.Of(c.Severity),
            c.OpenedAt, c.SlaClockStartedAt, respondedAt, c.ResponseDueAt, respondedAt <= c.ResponseDueAt,
            resolvedAt, c.ResolutionDueAt, resolvedAt <= c.ResolutionDueAt, (resolvedAt - c.SlaClockStartedAt).TotalHours, c.ReopenCount);
    }

    public static ComplaintClosed Closed(Complaint c, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, c.DepartmentCode, c.Id, KebabCase.Of(c.Channel), KebabCase.Of(c.Severity),
        c.OpenedAt, c.ResolvedAt!.Value, c.ClosedAt!.Value, c.CustomerInformed == true, c.CustomerSatisfied == true, c.ReopenCount);

    public static ComplaintReopened Reopened(Complaint c, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, c.DepartmentCode, c.Id, KebabCase.Of(c.Channel), KebabCase.Of(c.Severity),
        c.OpenedAt, c.LastReopenedAt!.Value, c.LastReopenReason!, c.ReopenCount, c.ResponseDueAt, c.ResolutionDueAt);
}
