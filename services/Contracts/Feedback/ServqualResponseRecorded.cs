namespace ServiceExcellence.Contracts.Feedback;

/// <summary>
/// A SERVQUAL respondent's answers were recorded. <c>OverallGap</c> is the mean of the five dimension gaps;
/// <c>WeightedScore</c> = Σ (weight_d / 100) × gap_d, and it and <c>Weights</c> are null when the respondent gave no weights.
/// </summary>
public sealed record ServqualResponseRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    Guid ResponseId,
    ServqualDimensionGaps DimensionGaps,
    double OverallGap,
    double? WeightedScore,
    ServqualDimensionWeights? Weights) : IIntegrationEvent;
