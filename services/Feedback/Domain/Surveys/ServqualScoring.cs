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

        // Decimal arithmetic is exact here: means over 4 or 5 items, over 5 dimensions, and points / 100 all terminate,
        // so −0.47 comes out as −0.47 rather than −0.47000000000000003; doubles only at the end.
        var itemGaps = perceptions.Zip(expectations, (p, e) => p - e).ToArray();
        decimal Mean(ServqualDimension d) => ServqualInstrument.ItemsOf(d).Average(item => (decimal)itemGaps[item - 1]);
        var exact = ServqualInstrument.Dimensions.ToDictionary(d => d, Mean);
        var gaps = new ServqualGaps(
            (double)exact[ServqualDimension.Tangibles], (double)exact[ServqualDimension.Reliability],
            (double)exact[ServqualDimension.Responsiveness], (double)exact[ServqualDimension.Assurance],
            (double)exact[ServqualDimension.Empathy]);
        var overall = (double)exact.Values.Average();
        double? weighted = weights is null
            ? null
            : (double)ServqualInstrument.Dimensions.Sum(d => weights.Of(d) * exact[d] / ServqualWeights.TotalPoints);
        return new ServqualScore(itemGaps, gaps, overall, weighted);
    }
}
