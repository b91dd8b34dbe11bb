namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>
/// One respondent's SERVQUAL answers with the gaps computed from them, stored flat (one column per dimension) so the
/// department's gaps can be averaged in SQL.
/// </summary>
public sealed class ServqualResponse
{
    private ServqualResponse() { }

    public Guid Id { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The 22 expectation scores, index 0 = item 1.</summary>
    public int[] Expectations { get; private set; } = [];

    /// <summary>The 22 perception scores, index 0 = item 1.</summary>
    public int[] Perceptions { get; private set; } = [];

    public int? TangiblesWeight { get; private set; }

    public int? ReliabilityWeight { get; private set; }

    public int? ResponsivenessWeight { get; private set; }

    public int? AssuranceWeight { get; private set; }

    public int? EmpathyWeight { get; private set; }

    public double TangiblesGap { get; private set; }

    public double ReliabilityGap { get; private set; }

    public double ResponsivenessGap { get; private set; }

    public double AssuranceGap { get; private set; }

    public double EmpathyGap { get; private set; }

    public double OverallGap { get; private set; }

    public double? WeightedScore { get; private set; }

    public ServqualWeights? Weights => TangiblesWeight is { } t
        ? new ServqualWeights(t, ReliabilityWeight!.Value, ResponsivenessWeight!.Value, AssuranceWeight!.Value, EmpathyWeight!.Value)
        : null;

    public ServqualScore Score => ServqualScoring.Score(Expectations, Perceptions, Weights);

    public static ServqualResponse Record(
        string departmentCode, IReadOnlyList<int> expectations, IReadOnlyList<int> perceptions, ServqualWeights? weights,
        string recordedBy, DateTimeOffset now)
    {
        var score = ServqualScoring.Score(expectations, perceptions, weights);
        return new ServqualResponse
        {
            Id = Guid.CreateVersion7(now),
            DepartmentCode = departmentCode,
            RecordedBy = recordedBy,
            RecordedAt = now,
            Expectations = expectations.ToArray(),
            Perceptions = perceptions.ToArray(),
            TangiblesWeight = weights?.Tangibles,
            ReliabilityWeight = weights?.Reliability,
            ResponsivenessWeight = weights?.Responsiveness,
            AssuranceWeight = weights?.Assurance,
            EmpathyWeight = weights?.Empathy,
            TangiblesGap = score.DimensionGaps.Tangibles,
            ReliabilityGap = score.DimensionGaps.Reliability,
            ResponsivenessGap = score.DimensionGaps.Responsiveness,
            AssuranceGap = score.DimensionGaps.Assurance,
            EmpathyGap = score.DimensionGaps.Empathy,
            OverallGap = score.OverallGap,
            WeightedScore = score.WeightedScore,
        };
    }
}
