namespace ServiceExcellence.Feedback.Domain.Complaints;

/// <summary>Where a complaint is in its life: <c>open → responded → resolved → closed</c>; a reopen goes back to <c>open</c>.</summary>
public enum ComplaintState
{
    Open,
    Responded,
    Resolved,
    Closed,
}
