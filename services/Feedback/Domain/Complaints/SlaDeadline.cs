namespace ServiceExcellence.Feedback.Domain.Complaints;

/// <summary>The two SLA deadlines of a complaint: the first response and the resolution.</summary>
public enum SlaDeadline
{
    FirstResponse,
    Resolution,
}
