namespace ServiceExcellence.Goals.Domain.Alerts;

/// <summary>An alert's life: <c>open → acknowledged → resolved</c>; escalation is a level on top, not a state.</summary>
public enum AlertState
{
    Open,
    Acknowledged,
    Resolved,
}
