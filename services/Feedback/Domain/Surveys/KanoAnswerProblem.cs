namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>Why a response sheet does not fit its study; <see cref="Index"/> is the answer's position, null for a missing feature.</summary>
public sealed record KanoAnswerProblem(int? Index, string Feature, string Message);
