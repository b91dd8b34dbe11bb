namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>
/// A respondent's answer to one KANO question (functional or dysfunctional), in the order of the evaluation table;
/// serialized kebab-case: <c>like</c>, <c>must-be</c>, <c>neutral</c>, <c>live-with</c>, <c>dislike</c>.
/// </summary>
public enum KanoAnswer
{
    Like,
    MustBe,
    Neutral,
    LiveWith,
    Dislike,
}
