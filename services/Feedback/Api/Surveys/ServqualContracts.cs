using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Feedback.Domain.Surveys;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Api.Surveys;

/// <summary>
/// Body of <c>POST /api/surveys/servqual/responses</c>: 22 expectations and 22 perceptions (whole numbers 1–7, index 0 =
/// item 1) and optionally the respondent's 100 importance points. Numbers are read as decimals so that a fraction is
/// reported against its field rather than as unreadable JSON.
/// </summary>
public sealed record RecordServqualResponseRequest(
    string? DepartmentCode, decimal?[]? Expectations, decimal?[]? Perceptions, ServqualWeightsRequest? Weights) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        SurveyFields.ValidateDepartmentCode(errors, DepartmentCode);
        ValidateScores(errors, "expectations", Expectations);
        ValidateScores(errors, "perceptions", Perceptions);
        Weights?.Validate(errors);
    }

    public ServqualWeights? ToWeights() => Weights is null
        ? null
        : new ServqualWeights((int)Weights.Tangibles!.Value, (int)Weights.Reliability!.Value, (int)Weights.Responsiveness!.Value,
            (int)Weights.Assurance!.Value, (int)Weights.Empathy!.Value);

    public static int[] ToScores(decimal?[] values) => values.Select(v => (int)v!.Value).ToArray();

    private static void ValidateScores(ValidationErrors errors, string field, decimal?[]? values)
    {
        if (values is null)
        {
            errors.Add(field, $"'{field}' is required: {ServqualInstrument.ItemCount} scores, one per item.");
            return;
        }

        if (values.Length != ServqualInstrument.ItemCount)
        {
            errors.Add(field, $"'{field}' must hold exactly {ServqualInstrument.ItemCount} scores, one per item (got {values.Length}).");
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } v || v != decimal.Truncate(v) || v < ServqualInstrument.MinScore || v > ServqualInstrument.MaxScore)
            {
                errors.Add($"{field}[{i}]", $"'{field}[{i}]' (item {i + 1}) must be a whole number from " +
                    $"{ServqualInstrument.MinScore} to {ServqualInstrument.MaxScore} (got {values[i]?.ToString() ?? "null"}).");
            }
        }
    }
}

/// <summary>Importance points per dimension: whole numbers, none negative, 100 in all.</summary>
public sealed record ServqualWeightsRequest(decimal? Tangibles, decimal? Reliability, decimal? Responsiveness, decimal? Assurance, decimal? Empathy)
{
    public void Validate(ValidationErrors errors)
    {
        var valid = true;
        foreach (var (name, value) in Members())
        {
            var field = $"weights.{name}";
            if (value is not { } v || v != decimal.Truncate(v) || v < 0 || v > ServqualWeights.TotalPoints)
            {
                errors.Add(field, $"'{field}' must be a whole number of points from 0 to {ServqualWeights.TotalPoints}.");
                valid = false;
            }
        }

        var sum = Members().Sum(m => m.Value ?? 0);
        if (valid && sum != ServqualWeights.TotalPoints)
        {
            errors.Add("weights", $"'weights' must sum to {ServqualWeights.TotalPoints} points (got {sum}).");
        }
    }

    private IEnumerable<(string Name, decimal? Value)> Members() =>
    [
        ("tangibles", Tangibles), ("reliability", Reliability), ("responsiveness", Responsiveness),
        ("assurance", Assurance), ("empathy", Empathy),
    ];
}

/// <summary>A recorded SERVQUAL response and its gaps (<c>itemGaps[0]</c> is item 1); weighted only when weights were given.</summary>
public sealed record ServqualResultResponse(
    Guid Id,
    string DepartmentCode,
    DateTimeOffset RecordedAt,
    IReadOnlyList<int> ItemGaps,
    ServqualDimensionGaps DimensionGaps,
    double OverallGap,
    double? WeightedScore,
    ServqualDimensionWeights? Weights)
{
    public static ServqualResultResponse From(ServqualResponse r)
    {
        var score = r.Score;
        return new(r.Id, r.DepartmentCode, r.RecordedAt, score.ItemGaps, SurveyEvents.Gaps(score.DimensionGaps), score.OverallGap,
            score.WeightedScore, SurveyEvents.Weights(r.Weights));
    }
}
