namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>
/// One feature's KANO result: its counts, its category (the most frequent, ties broken by <see cref="KanoCategory"/>
/// order; null with no respondents), the categories it tied with, and the Better/Worse coefficients.
/// </summary>
public sealed record KanoFeatureResult(
    string Feature,
    KanoCounts Counts,
    int Respondents,
    KanoCategory? Category,
    IReadOnlyList<KanoCategory> TiedWith,
    double? Better,
    double? Worse)
{
    /// <summary>
    /// Better = (A+O)/(A+O+M+I), Worse = −(O+M)/(A+O+M+I) (Berger et al. 1993): R and Q answers are left out of the
    /// denominator, so both are null when every answer was reverse or questionable.
    /// </summary>
    public static KanoFeatureResult From(string feature, KanoCounts counts)
    {
        var (category, tiedWith) = MostFrequent(counts);
        var denominator = counts.A + counts.O + counts.M + counts.I;
        double? better = denominator == 0 ? null : (double)(counts.A + counts.O) / denominator;
        // Negate the integer count, not the quotient, so a feature nobody misses has Worse 0 rather than −0.
        double? worse = denominator == 0 ? null : -(counts.O + counts.M) / (double)denominator;
        return new KanoFeatureResult(feature, counts, counts.Total, category, tiedWith, better, worse);
    }

    private static (KanoCategory? Category, IReadOnlyList<KanoCategory> TiedWith) MostFrequent(KanoCounts counts)
    {
        var top = Enum.GetValues<KanoCategory>().Max(counts.Of);
        if (top == 0)
        {
            return (null, []);
        }

        // Enum order is the tie-break priority, so the first category with the top count wins and the rest are ties.
        var leaders = Enum.GetValues<KanoCategory>().Where(c => counts.Of(c) == top).ToList();
        return (leaders[0], leaders.Skip(1).ToList());
    }
}
