namespace ServiceExcellence.Reporting.Api.Servqual;

/// <summary>
/// SERVQUAL over a range: mean gap per dimension and overall over all respondents, and the mean weighted score over
/// the respondents who gave weights. Gaps are null when nobody responded.
/// </summary>
public sealed record ServqualReport(
    string? DepartmentCode,
    DateOnly From,
    DateOnly To,
    long Respondents,
    ServqualDimensionMeans Dimensions,
    double? Overall,
    double? Weighted,
    long WeightedRespondents);

/// <summary>Mean gap (perception − expectation) of each dimension.</summary>
public sealed record ServqualDimensionMeans(double? Tangibles, double? Reliability, double? Responsiveness, double? Assurance, double? Empathy);
