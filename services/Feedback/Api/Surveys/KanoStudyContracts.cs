using ServiceExcellence.Feedback.Domain.Surveys;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Api.Surveys;

/// <summary>Body of <c>POST /api/surveys/kano</c>: 1–50 distinct feature names (case is ignored when comparing).</summary>
public sealed record CreateKanoStudyRequest(string? Name, string? DepartmentCode, string?[]? Features) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("name", Name, KanoStudy.MaxNameLength);
        SurveyFields.ValidateDepartmentCode(errors, DepartmentCode);
        if (Features is not { Length: >= 1 and <= KanoStudy.MaxFeatures })
        {
            errors.Add("features", $"'features' must list 1 to {KanoStudy.MaxFeatures} features (got {Features?.Length ?? 0}).");
            return;
        }

        var firstAt = new Dictionary<string, int>(KanoStudy.FeatureComparer);
        for (var i = 0; i < Features.Length; i++)
        {
            var field = $"features[{i}]";
            var feature = Features[i];
            errors.RequireText(field, feature, KanoStudy.MaxFeatureLength);
            if (!string.IsNullOrWhiteSpace(feature) && !firstAt.TryAdd(feature.Trim(), i))
            {
                errors.Add(field, $"'{feature.Trim()}' is listed twice (also features[{firstAt[feature.Trim()]}]).");
            }
        }
    }
}

/// <summary>A KANO study as the API shows it.</summary>
public sealed record KanoStudyResponse(Guid Id, string Name, string DepartmentCode, IReadOnlyList<string> Features, string CreatedBy, DateTimeOffset CreatedAt)
{
    public static KanoStudyResponse From(KanoStudy s) => new(s.Id, s.Name, s.DepartmentCode, s.Features, s.CreatedBy, s.CreatedAt);
}
