namespace ServiceExcellence.Audits.Domain.Nonconformities;

/// <summary><c>open → action-planned → closed</c>, and back to <c>open</c> when an action is verified ineffective.</summary>
public enum NonconformityState
{
    Open,
    ActionPlanned,
    Closed,
}
