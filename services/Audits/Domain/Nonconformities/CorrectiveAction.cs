using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Audits.Domain.Nonconformities;

/// <summary>
/// A corrective action (改进措施) for a nonconformity: owner, due time and plan, moving
/// <c>planned → in-progress → done → verified-effective | verified-ineffective</c>. Its verdict closes or reopens the
/// nonconformity. A wrong transition is a 409 naming the current state.
/// </summary>
public sealed class CorrectiveAction : IDepartmentRecord
{
    public const int MaxTextLength = 4000;
    public const int MaxNoteLength = 2000;
    public const int MaxOwnerIdLength = 200;

    private CorrectiveAction() { }

    public Guid Id { get; private set; }

    public Guid NonconformityId { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public string OwnerId { get; private set; } = "";

    public DateTimeOffset DueAt { get; private set; }

    public string Plan { get; private set; } = "";

    public CorrectiveActionState State { get; private set; }

    public DateTimeOffset PlannedAt { get; private set; }

    public string PlannedBy { get; private set; } = "";

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? Evidence { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public string? VerifiedBy { get; private set; }

    public string? VerificationNote { get; private set; }

    /// <summary>True when the verdict came from the status of the KPI the nonconformity names.</summary>
    public bool VerifiedAutomatically { get; private set; }

    /// <summary>When the overdue job flagged (and published) this action as overdue; it does so once.</summary>
    public DateTimeOffset? OverdueFlaggedAt { get; private set; }

    public bool IsActive => State is CorrectiveActionState.Planned or CorrectiveActionState.InProgress or CorrectiveActionState.Done;

    public bool? OnTime => CompletedAt is { } completed ? completed <= DueAt : null;

    public bool? Effective => State switch
    {
        CorrectiveActionState.VerifiedEffective => true,
        CorrectiveActionState.VerifiedIneffective => false,
        _ => null,
    };

    /// <summary>Not done by its due time (as of <paramref name="now"/>).</summary>
    public bool IsOverdue(DateTimeOffset now) =>
        State is CorrectiveActionState.Planned or CorrectiveActionState.InProgress && DueAt < now;

    internal static CorrectiveAction Create(
        Nonconformity nonconformity, string ownerId, DateTimeOffset dueAt, string plan, string plannedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        NonconformityId = nonconformity.Id,
        DepartmentCode = nonconformity.DepartmentCode,
        OwnerId = ownerId.Trim(),
        DueAt = dueAt,
        Plan = plan.Trim(),
        State = CorrectiveActionState.Planned,
        PlannedAt = now,
        PlannedBy = plannedBy,
    };

    public void Start(DateTimeOffset now)
    {
        Require(CorrectiveActionState.Planned, "start");
        State = CorrectiveActionState.InProgress;
        StartedAt = now;
    }

    public void Complete(string evidence, DateTimeOffset now)
    {
        Require(CorrectiveActionState.InProgress, "complete");
        State = CorrectiveActionState.Done;
        CompletedAt = now;
        Evidence = evidence.Trim();
    }

    /// <summary><c>done → verified-*</c>; effective closes <paramref name="nonconformity"/>, ineffective reopens it.</summary>
    public void Verify(Nonconformity nonconformity, bool effective, string? note, bool automatic, string verifiedBy, DateTimeOffset now)
    {
        Require(CorrectiveActionState.Done, "verify");
        State = effective ? CorrectiveActionState.VerifiedEffective : CorrectiveActionState.VerifiedIneffective;
        VerifiedAt = now;
        VerifiedBy = verifiedBy;
        VerificationNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        VerifiedAutomatically = automatic;
        if (effective)
        {
            nonconformity.Close(now);
        }
        else
        {
            nonconformity.Reopen();
        }
    }

    /// <summary>Marks the action as reported overdue, so the job publishes it once.</summary>
    public void FlagOverdue(DateTimeOffset now) => OverdueFlaggedAt = now;

    private void Require(CorrectiveActionState expected, string step)
    {
        if (State != expected)
        {
            throw new ConflictException("Invalid corrective action transition",
                $"Corrective action '{Id}' is {KebabCase.Of(State)}; '{step}' needs it to be {KebabCase.Of(expected)}.");
        }
    }
}
