namespace ServiceExcellence.Audits.Domain.Standards;

/// <summary>The five SERVQUAL dimensions a standard item may belong to (kebab-case on the wire).</summary>
public enum ServqualDimension
{
    Tangibles,
    Reliability,
    Responsiveness,
    Assurance,
    Empathy,
}
