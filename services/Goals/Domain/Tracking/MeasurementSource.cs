namespace ServiceExcellence.Goals.Domain.Tracking;

/// <summary>Where an actual came from: pulled from Reporting, or entered by a person for a <c>manual:</c> KPI.</summary>
public enum MeasurementSource
{
    Reporting,
    Manual,
}
