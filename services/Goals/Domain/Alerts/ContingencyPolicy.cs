namespace ServiceExcellence.Goals.Domain.Alerts;

/// <summary>
/// The contingency clock (应急处理) per severity: a critical alert must be acknowledged within 4 hours and have an
/// action plan within 24 (DOMAIN §2); a warning alert within 24 hours and 72 hours (our choice: a working day to look,
/// three to plan).
/// </summary>
public static class ContingencyPolicy
{
    public static TimeSpan AcknowledgeWithin(AlertSeverity severity) =>
        severity == AlertSeverity.Critical ? TimeSpan.FromHours(4) : TimeSpan.FromHours(24);

    public static TimeSpan ActionPlanWithin(AlertSeverity severity) =>
        severity == AlertSeverity.Critical ? TimeSpan.FromHours(24) : TimeSpan.FromHours(72);
}
