namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>The SERVQUAL gap formulas of DOMAIN §3.</summary>
public static class ServqualScoring
{
    /// <summary>
    /// Item gap = perception − expectation; dimension gap = mean of its items' gaps; overall = mean of the five dimension
    /// gaps (so each dimension counts equally, whatever its number of items); weighted = Σ (points_d / 100) × gap_d.
    /// </summary>
    public static ServqualScore Score(IReadOnlyList<int> expectations, IReadOnlyList<int> perceptions, ServqualWeights? weights)
    {
        if (expectations.Count != ServqualInstrument.ItemCount || perceptions.Count != ServqualInstrument.ItemCount)
        {
            throw new ArgumentException($"SERVQUAL needs exactly {ServqualInstrument.ItemCount} expectations and perceptions.");
        }

        if (weights is not null && weights.Sum != ServqualWeights.TotalPoints)
        {
            throw new ArgumentException($"Importance points must sum to {ServqualWeights.TotalPoints}.", nameof(weights));
        }

        var itemGaps = perceptions.Zip(expectations, (p, e) => p - e).ToArray();
        double Mean(ServqualDimension d) => ServqualInstrument.ItemsOf(d).Average(item => itemGaps[item - 1]);
        var gaps = new ServqualGaps(
            Mean(ServqualDimension.Tangibles), Mean(ServqualDimension.Reliability), Mean(ServqualDimension.Responsiveness),
            Mean(ServqualDimension.Assurance), Mean(ServqualDimension.Empathy));
        var overall = ServqualInstrument.Dimensions.Average(gaps.Of);
        double? weighted = weights is null
            ? null
            : ServqualInstrument.Dimensions.Sum(d => weights.Of(d) / (double)ServqualWeights.TotalPoints * gaps.Of(d));
        return new ServqualScore(itemGaps, gaps, overall, weighted);
    }
}
