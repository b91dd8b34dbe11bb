using ServiceExcellence.Feedback.Domain.Surveys;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Api.Surveys;

/// <summary>Body of <c>POST /api/surveys/kano/{id}/responses</c>: one respondent's answers, one per feature of the study.</summary>
public sealed record RecordKanoResponseRequest(KanoAnswerRequest?[]? Answers) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Answers is not { Length: > 0 })
        {
            errors.Add("answers", "'answers' must hold one answer per feature of the study.");
            return;
        }

        for (var i = 0; i < Answers.Length; i++)
        {
            var field = $"answers[{i}]";
            if (Answers[i] is not { } answer)
            {
                errors.Add(field, $"'{field}' is required.");
                continue;
            }

            errors.RequireText($"{field}.feature", answer.Feature, KanoStudy.MaxFeatureLength);
            if (answer.Functional is null)
            {
                errors.Add($"{field}.functional", $"'{field}.functional' is required: like, must-be, neutral, live-with or dislike.");
            }

            if (answer.Dysfunctional is null)
            {
                errors.Add($"{field}.dysfunctional", $"'{field}.dysfunctional' is required: like, must-be, neutral, live-with or dislike.");
            }
        }
    }
}

/// <summary>How the respondent feels if the feature is present (functional) and if it is absent (dysfunctional).</summary>
public sealed record KanoAnswerRequest(string? Feature, KanoAnswer? Functional, KanoAnswer? Dysfunctional);

/// <summary>A recorded KANO response with the category each answer pair gives.</summary>
public sealed record KanoResponseResponse(Guid Id, Guid StudyId, DateTimeOffset RecordedAt, IReadOnlyList<KanoClassifiedAnswer> Answers)
{
    public static KanoResponseResponse From(KanoResponse r) => new(r.Id, r.StudyId, r.RecordedAt,
        r.Answers.Select(a => new KanoClassifiedAnswer(a.Feature, a.Functional, a.Dysfunctional, a.Category)).ToList());
}

/// <summary>One answer pair and its category by the evaluation table.</summary>
public sealed record KanoClassifiedAnswer(string Feature, KanoAnswer Functional, KanoAnswer Dysfunctional, KanoCategory Category);
