namespace ServiceExcellence.Reporting.Metrics;

/// <summary>A metric key of DOMAIN §6: its unit and whether a lower value ranks better.</summary>
public sealed record MetricDefinition(string Key, string Unit, bool LowerIsBetter = false);
