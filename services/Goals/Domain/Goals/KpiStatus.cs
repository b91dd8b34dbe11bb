namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>
/// A KPI's status (DOMAIN §2): against its thresholds while the period runs, <c>insufficient-data</c> below the minimum
/// sample, <c>stale</c> while Reporting cannot be reached, <c>achieved</c>/<c>missed</c> once the period is closed.
/// </summary>
public enum KpiStatus
{
    OnTrack,
    AtRisk,
    OffTrack,
    InsufficientData,
    Stale,
    Achieved,
    Missed,
}
