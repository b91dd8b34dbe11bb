namespace ServiceExcellence.Contracts.Feedback;

/// <summary>
/// How one respondent answered about one feature and the KANO category that gives. Answers are <c>like</c>,
/// <c>must-be</c>, <c>neutral</c>, <c>live-with</c> or <c>dislike</c>; the category is <c>must-be</c>,
/// <c>one-dimensional</c>, <c>attractive</c>, <c>indifferent</c>, <c>reverse</c> or <c>questionable</c>.
/// </summary>
public sealed record KanoFeatureClassification(string Feature, string Functional, string Dysfunctional, string Category);
