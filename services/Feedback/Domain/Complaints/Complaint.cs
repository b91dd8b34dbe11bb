using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Errors;

namespace ServiceExcellence.Feedback.Domain.Complaints;

/// <summary>
/// A customer complaint (投诉) and its state machine <c>open → responded → resolved → closed</c>, with the SLA due times
/// fixed when it is opened or reopened. A reopen (only when the customer was not satisfied) starts a new cycle in
/// <c>open</c> with new due times; the previous cycle lives on in the events it published.
/// </summary>
public sealed class Complaint
{
    public const int MaxSummaryLength = 2000;
    public const int MaxTextLength = 4000;
    public const int MaxReferenceLength = 200;

    private Complaint() { }

    public Guid Id { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public Channel Channel { get; private set; }

    public string CustomerRef { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public Severity Severity { get; private set; }

    public ComplaintState State { get; private set; }

    public string OpenedBy { get; private set; } = "";

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>When the current cycle's SLA clock started: the reopen time, or the opening time for the first cycle.</summary>
    public DateTimeOffset SlaClockStartedAt => LastReopenedAt ?? OpenedAt;

    public DateTimeOffset ResponseDueAt { get; private set; }

    public DateTimeOffset ResolutionDueAt { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public string? ResponseMessage { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? Resolution { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool? CustomerInformed { get; private set; }

    public bool? CustomerSatisfied { get; private set; }

    public int ReopenCount { get; private set; }

    public DateTimeOffset? LastReopenedAt { get; private set; }

    public string? LastReopenReason { get; private set; }

    /// <summary>When the overdue scan flagged the first-response deadline of this cycle as breached (published once).</summary>
    public DateTimeOffset? ResponseBreachedAt { get; private set; }

    /// <summary>When the overdue scan flagged the resolution deadline of this cycle as breached (published once).</summary>
    public DateTimeOffset? ResolutionBreachedAt { get; private set; }

    public static Complaint Open(
        Guid id, string departmentCode, Channel channel, string customerRef, string summary, Severity severity,
        SlaPolicy policy, string openedBy, DateTimeOffset now) => new()
    {
        Id = id,
        DepartmentCode = departmentCode,
        Channel = channel,
        CustomerRef = customerRef.Trim(),
        Summary = summary.Trim(),
        Severity = severity,
        State = ComplaintState.Open,
        OpenedBy = openedBy,
        OpenedAt = now,
        ResponseDueAt = policy.ResponseDueFrom(now),
        ResolutionDueAt = policy.ResolutionDueFrom(now),
    };

    /// <summary>First response to the customer: <c>open → responded</c>.</summary>
    public void Respond(string message, DateTimeOffset now)
    {
        EnsureIn("respond", ComplaintState.Open);
        State = ComplaintState.Responded;
        RespondedAt = now;
        ResponseMessage = message.Trim();
    }

    /// <summary>The problem is solved: <c>responded → resolved</c>.</summary>
    public void Resolve(string resolution, DateTimeOffset now)
    {
        EnsureIn("resolve", ComplaintState.Responded);
        State = ComplaintState.Resolved;
        ResolvedAt = now;
        Resolution = resolution.Trim();
    }

    /// <summary><c>resolved → closed</c>, only once the customer was told the result (反馈结果给客户).</summary>
    public void Close(bool customerInformed, bool customerSatisfied, DateTimeOffset now)
    {
        EnsureIn("close", ComplaintState.Resolved);
        if (!customerInformed)
        {
            throw new RuleViolationException("Customer not informed",
                "A complaint can be closed only after the customer was informed of the result.")
            {
                Errors = new Dictionary<string, string[]> { ["customerInformed"] = ["Must be true: inform the customer before closing."] },
            };
        }

        State = ComplaintState.Closed;
        ClosedAt = now;
        CustomerInformed = true;
        CustomerSatisfied = customerSatisfied;
    }

    /// <summary><c>closed → open</c> for a customer who was not satisfied: a new cycle with due times from <paramref name="now"/>.</summary>
    public void Reopen(string reason, SlaPolicy policy, DateTimeOffset now)
    {
        EnsureIn("reopen", ComplaintState.Closed);
        if (CustomerSatisfied != false)
        {
            throw new RuleViolationException("Customer was satisfied",
                "Only a complaint whose customer was not satisfied may be reopened.")
            {
                Errors = new Dictionary<string, string[]> { ["customerSatisfied"] = ["The customer was satisfied when it was closed."] },
            };
        }

        State = ComplaintState.Open;
        ReopenCount++;
        LastReopenedAt = now;
        LastReopenReason = reason.Trim();
        ResponseDueAt = policy.ResponseDueFrom(now);
        ResolutionDueAt = policy.ResolutionDueFrom(now);
        RespondedAt = null;
        ResponseMessage = null;
        ResolvedAt = null;
        Resolution = null;
        ClosedAt = null;
        CustomerInformed = null;
        CustomerSatisfied = null;
        ResponseBreachedAt = null;
        ResolutionBreachedAt = null;
    }

    public bool IsResponseOverdue(DateTimeOffset now) => RespondedAt is null && now > ResponseDueAt;

    public bool IsResolutionOverdue(DateTimeOffset now) => ResolvedAt is null && now > ResolutionDueAt;

    /// <summary>A due time has passed without its step done (the meaning of <c>overdue=true</c> in the list).</summary>
    public bool IsOverdue(DateTimeOffset now) => IsResponseOverdue(now) || IsResolutionOverdue(now);

    private void EnsureIn(string action, ComplaintState required)
    {
        if (State != required)
        {
            var state = StateName(State);
            throw new ConflictException("Invalid complaint transition",
                $"Cannot {action} a complaint that is '{state}'; only a '{StateName(required)}' complaint can be {Past(action)}.")
            {
                Errors = new Dictionary<string, string[]> { ["state"] = [state] },
            };
        }
    }

    private static string StateName(ComplaintState state) => state.ToString().ToLowerInvariant();

    private static string Past(string action) => action switch
    {
        "respond" => "responded to",
        "close" => "closed",
        _ => action + "d",
    };
}
