namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>
/// A respondent's functional and dysfunctional answer about one feature and the category they give. It carries the
/// study id as well, so a study's results are one grouped query over its answers.
/// </summary>
public sealed class KanoFeatureAnswer
{
    private KanoFeatureAnswer() { }

    public Guid ResponseId { get; private set; }

    public Guid StudyId { get; private set; }

    public string Feature { get; private set; } = "";

    public KanoAnswer Functional { get; private set; }

    public KanoAnswer Dysfunctional { get; private set; }

    public KanoCategory Category { get; private set; }

    public static KanoFeatureAnswer Classify(Guid responseId, Guid studyId, string feature, KanoAnswer functional, KanoAnswer dysfunctional) => new()
    {
        ResponseId = responseId,
        StudyId = studyId,
        Feature = feature,
        Functional = functional,
        Dysfunctional = dysfunctional,
        Category = KanoEvaluation.Classify(functional, dysfunctional),
    };
}
