using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Feedback.Domain.Surveys;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Api.Surveys;

/// <summary>Maps recorded surveys to their integration events; enum values travel as the API's kebab-case words.</summary>
internal static class SurveyEvents
{
    public static KanoStudyCreated Created(KanoStudy study) =>
        new(Guid.CreateVersion7(study.CreatedAt), study.CreatedAt, study.DepartmentCode, study.Id, study.Name, study.Features);

    public static KanoResponseRecorded Recorded(KanoResponse response) =>
        new(Guid.CreateVersion7(response.RecordedAt), response.RecordedAt, response.DepartmentCode, response.StudyId, response.Id,
            response.Answers.Select(a => new KanoFeatureClassification(
                a.Feature, KebabCase.Of(a.Functional), KebabCase.Of(a.Dysfunctional), KebabCase.Of(a.Category))).ToList());

    public static ServqualResponseRecorded Recorded(ServqualResponse response) =>
        new(Guid.CreateVersion7(response.RecordedAt), response.RecordedAt, response.DepartmentCode, response.Id,
            Gaps(response.Score.DimensionGaps), response.OverallGap, response.WeightedScore, Weights(response.Weights));

    public static ServqualDimensionGaps Gaps(ServqualGaps g) =>
        new(g.Tangibles, g.Reliability, g.Responsiveness, g.Assurance, g.Empathy);

    public static ServqualDimensionWeights? Weights(ServqualWeights? w) =>
        w is null ? null : new(w.Tangibles, w.Reliability, w.Responsiveness, w.Assurance, w.Empathy);
}
