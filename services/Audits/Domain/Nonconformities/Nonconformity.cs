using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Audits.Domain.Nonconformities;

/// <summary>
/// A nonconformity (不符合项) and its state: it stays open until an action is planned, and closes only when an action is
/// verified effective; an ineffective one reopens it for a new action. At most one action is active at a time.
/// </summary>
public sealed class Nonconformity : IDepartmentRecord
{
    public const int MaxDescriptionLength = 2000;
    public const int MaxReferenceLength = 200;

    private Nonconformity() { }

    public Guid Id { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public NonconformitySource Source { get; private set; }

    /// <summary>The audit, complaint or KPI alert id that raised it, or the caller's own reference.</summary>
    public string? SourceReference { get; private set; }

    /// <summary>The audit that raised it, when it came from an audit.</summary>
    public Guid? AuditId { get; private set; }

    public string Description { get; private set; } = "";

    public bool Critical { get; private set; }

    /// <summary>The KPI it hurts; its status then decides the effectiveness of a done action.</summary>
    public Guid? KpiId { get; private set; }

    /// <summary>The KPI's cadence as the alert that raised it told it, used when no KPI status has arrived yet.</summary>
    public string? KpiCadence { get; private set; }

    public NonconformityState State { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public string RaisedBy { get; private set; } = "";

    public int ReopenCount { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public static Nonconformity Raise(
        string departmentCode, NonconformitySource source, string? sourceReference, string description, bool critical,
        Guid? kpiId, string raisedBy, DateTimeOffset now, Guid? auditId = null, string? kpiCadence = null) => new()
    {
        Id = Guid.CreateVersion7(now),
        DepartmentCode = departmentCode,
        Source = source,
        SourceReference = sourceReference,
        AuditId = auditId,
        Description = description.Trim(),
        Critical = critical,
        KpiId = kpiId,
        KpiCadence = kpiCadence,
        State = NonconformityState.Open,
        RaisedAt = now,
        RaisedBy = raisedBy,
    };

    /// <summary><c>open → action-planned</c>: the new action becomes the nonconformity's one active action.</summary>
    public CorrectiveAction PlanAction(string ownerId, DateTimeOffset dueAt, string plan, string plannedBy, DateTimeOffset now)
    {
        if (State != NonconformityState.Open)
        {
            throw new ConflictException("Nonconformity not open",
                $"Nonconformity '{Id}' is {KebabCase.Of(State)}; an action can be planned only while it is open " +
                "(one active action at a time; a new one after the current one is verified ineffective).");
        }

        State = NonconformityState.ActionPlanned;
        return CorrectiveAction.Create(this, ownerId, dueAt, plan, plannedBy, now);
    }

    /// <summary>The active action was verified effective.</summary>
    internal void Close(DateTimeOffset now)
    {
        State = NonconformityState.Closed;
        ClosedAt = now;
    }

    /// <summary>The active action was verified ineffective: open again, awaiting a new action.</summary>
    internal void Reopen()
    {
        State = NonconformityState.Open;
        ReopenCount++;
    }
}
