using ServiceExcellence.Feedback.Domain.Surveys;

namespace ServiceExcellence.Feedback.Api.Surveys;

/// <summary>
/// <c>GET /api/surveys/kano/{id}/results</c>: per feature the counts, the category (null before any response) with the
/// categories it tied with, and Better/Worse (null when every answer was R or Q).
/// </summary>
public sealed record KanoResultsResponse(
    Guid StudyId, string Name, string DepartmentCode, int Respondents, IReadOnlyList<KanoFeatureResultResponse> Features);

/// <summary>One feature's result; <c>tiedWith</c> lists the categories exactly as frequent as the one chosen.</summary>
public sealed record KanoFeatureResultResponse(
    string Feature,
    KanoCountsResponse Counts,
    int Respondents,
    KanoCategory? Category,
    string? CategoryCode,
    IReadOnlyList<KanoCategory> TiedWith,
    double? Better,
    double? Worse)
{
    public static KanoFeatureResultResponse From(KanoFeatureResult r) => new(
        r.Feature,
        new KanoCountsResponse(r.Counts.A, r.Counts.O, r.Counts.M, r.Counts.I, r.Counts.R, r.Counts.Q),
        r.Respondents,
        r.Category,
        r.Category is { } c ? KanoEvaluation.Letter(c).ToString() : null,
        r.TiedWith,
        r.Better,
        r.Worse);
}

/// <summary>Respondents per category: attractive, one-dimensional, must-be, indifferent, reverse, questionable.</summary>
public sealed record KanoCountsResponse(int A, int O, int M, int I, int R, int Q);
