namespace ServiceExcellence.Contracts.Audits;

/// <summary>
/// One audit's result over the items that carry one SERVQUAL dimension (kebab-case: <c>tangibles</c>, <c>reliability</c>,
/// <c>responsiveness</c>, <c>assurance</c>, <c>empathy</c>); <c>Score</c> is null when none of them was applicable.
/// </summary>
public sealed record AuditDimensionResult(
    string Dimension,
    int PassedItems,
    int ApplicableItems,
    double PassedWeight,
    double ApplicableWeight,
    double? Score);
