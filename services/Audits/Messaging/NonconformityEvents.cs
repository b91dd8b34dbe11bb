using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Contracts.Audits;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.Audits.Messaging;

/// <summary>Maps each nonconformity and corrective-action transition to its integration event.</summary>
internal static class NonconformityEvents
{
    public static NonconformityRaised Raised(Nonconformity n) => new(
        Guid.CreateVersion7(n.RaisedAt), n.RaisedAt, n.DepartmentCode, n.Id, KebabCase.Of(n.Source), n.SourceReference,
        n.Description, n.Critical, n.KpiId);

    public static CorrectiveActionPlanned Planned(CorrectiveAction a) => new(
        Guid.CreateVersion7(a.PlannedAt), a.PlannedAt, a.DepartmentCode, a.Id, a.NonconformityId, a.OwnerId, a.DueAt, a.Plan);

    public static CorrectiveActionStarted Started(CorrectiveAction a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, a.DepartmentCode, a.Id, a.NonconformityId, a.DueAt);

    public static CorrectiveActionCompleted Completed(CorrectiveAction a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, a.DepartmentCode, a.Id, a.NonconformityId, a.DueAt, a.CompletedAt!.Value, a.OnTime == true,
        a.Evidence!);

    public static CorrectiveActionOverdue Overdue(CorrectiveAction a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, a.DepartmentCode, a.Id, a.NonconformityId, a.OwnerId, a.DueAt);

    /// <summary>Adds the verdict's event, then the nonconformity's: closed when effective, reopened when not.</summary>
    public static void AddVerificationEvents(this DbContext db, CorrectiveAction a, Nonconformity n, DateTimeOffset now)
    {
        db.AddIntegrationEvent(new CorrectiveActionVerified(Guid.CreateVersion7(now), now, a.DepartmentCode, a.Id,
            a.NonconformityId, a.Effective == true, a.VerifiedAutomatically, a.VerificationNote));
        if (a.Effective == true)
        {
            db.AddIntegrationEvent(new NonconformityClosed(Guid.CreateVersion7(now), now, n.DepartmentCode, n.Id, a.Id, n.RaisedAt));
        }
        else
        {
            db.AddIntegrationEvent(new NonconformityReopened(Guid.CreateVersion7(now), now, n.DepartmentCode, n.Id, a.Id, n.ReopenCount));
        }
    }
}
