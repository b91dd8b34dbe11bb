namespace ServiceExcellence.Goals.Domain.Smart;

/// <summary>The five SMART criteria of one goal version, in order.</summary>
public sealed record SmartAssessment(IReadOnlyList<SmartCriterion> Criteria)
{
    public bool Passed => Criteria.All(c => c.Passed);

    /// <summary>Failed criterion name → reasons, as the 422 problem lists them.</summary>
    public IReadOnlyDictionary<string, string[]> Failures() =>
        Criteria.Where(c => !c.Passed).ToDictionary(c => c.Name, c => c.Reasons.ToArray(), StringComparer.Ordinal);
}
