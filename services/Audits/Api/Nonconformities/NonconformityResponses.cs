using ServiceExcellence.Audits.Domain.Nonconformities;

namespace ServiceExcellence.Audits.Api.Nonconformities;

/// <summary>A nonconformity; <c>actions</c> (oldest first) only on <c>GET /api/audits/nonconformities/{id}</c>.</summary>
public sealed record NonconformityResponse(
    Guid Id,
    string DepartmentCode,
    NonconformitySource Source,
    string? SourceReference,
    Guid? AuditId,
    string Description,
    bool Critical,
    Guid? KpiId,
    NonconformityState State,
    DateTimeOffset RaisedAt,
    string RaisedBy,
    int ReopenCount,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<CorrectiveActionResponse>? Actions = null)
{
    public static NonconformityResponse From(Nonconformity n, IReadOnlyList<CorrectiveActionResponse>? actions = null) => new(
        n.Id, n.DepartmentCode, n.Source, n.SourceReference, n.AuditId, n.Description, n.Critical, n.KpiId, n.State, n.RaisedAt,
        n.RaisedBy, n.ReopenCount, n.ClosedAt, actions);
}

/// <summary>
/// A corrective action; <c>overdue</c> is computed at the time of the request, <c>overdueFlaggedAt</c> is when the job
/// reported it; <c>effective</c> is null until verified.
/// </summary>
public sealed record CorrectiveActionResponse(
    Guid Id,
    Guid NonconformityId,
    string DepartmentCode,
    string OwnerId,
    DateTimeOffset DueAt,
    string Plan,
    CorrectiveActionState State,
    DateTimeOffset PlannedAt,
    string PlannedBy,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    string? Evidence,
    bool? OnTime,
    bool Overdue,
    DateTimeOffset? OverdueFlaggedAt,
    DateTimeOffset? VerifiedAt,
    string? VerifiedBy,
    bool? Effective,
    string? VerificationNote,
    bool VerifiedAutomatically)
{
    public static CorrectiveActionResponse From(CorrectiveAction a, DateTimeOffset now) => new(
        a.Id, a.NonconformityId, a.DepartmentCode, a.OwnerId, a.DueAt, a.Plan, a.State, a.PlannedAt, a.PlannedBy, a.StartedAt,
        a.CompletedAt, a.Evidence, a.OnTime, a.IsOverdue(now), a.OverdueFlaggedAt, a.VerifiedAt, a.VerifiedBy, a.Effective,
        a.VerificationNote, a.VerifiedAutomatically);
}
