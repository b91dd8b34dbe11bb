namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>
/// One respondent's SERVQUAL result: the gap of each item (index 0 is item 1), of each dimension, overall, and
/// weighted by their importance points when they gave them.
/// </summary>
public sealed record ServqualScore(IReadOnlyList<int> ItemGaps, ServqualGaps DimensionGaps, double OverallGap, double? WeightedScore);
