namespace ServiceExcellence.Feedback.Domain.Complaints;

/// <summary>How serious a complaint is (DOMAIN §3); decides its SLA. Serialized kebab-case, e.g. <c>critical</c>.</summary>
public enum Severity
{
    Low,
    Medium,
    High,
    Critical,
}
