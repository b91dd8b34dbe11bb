using ServiceExcellence.Audits.Domain.Standards;

namespace ServiceExcellence.Audits.Domain.Audits;

/// <summary>An item's weight, flags and outcome: all the scoring needs.</summary>
public readonly record struct ScoredItem(double Weight, bool Critical, ServqualDimension? Dimension, AuditOutcome Outcome);

/// <summary>The results over the items of one SERVQUAL dimension; <c>Score</c> is null when none was applicable.</summary>
public sealed record DimensionScore(
    ServqualDimension Dimension, int PassedItems, int ApplicableItems, double PassedWeight, double ApplicableWeight, double? Score);

/// <summary>
/// An audit's result (DOMAIN §4): <c>Score</c> = 100 × passed weight / applicable weight, <c>ComplianceRate</c>
/// (流程合规率) = 100 × passed / applicable items, applicable meaning pass or fail; both null when nothing applied.
/// </summary>
public sealed record AuditScore(
    double? Score,
    double? ComplianceRate,
    int PassedItems,
    int FailedItems,
    double PassedWeight,
    double ApplicableWeight,
    int FailedCriticalItems,
    IReadOnlyList<DimensionScore> Dimensions)
{
    public int ApplicableItems => PassedItems + FailedItems;

    /// <summary>A score under the pass mark raises a nonconformity; no score (nothing applicable) is not under it.</summary>
    public bool IsUnder(double passMark) => Score is { } score && score < passMark;

    /// <summary>Passed: a score at or above the pass mark and no failed critical item.</summary>
    public bool Passes(double passMark) => Score is { } score && score >= passMark && FailedCriticalItems == 0;
}

/// <summary>The pure scoring of DOMAIN §4; no I/O, so it is tested on hand-computed audits.</summary>
public static class AuditScoring
{
    public static AuditScore Score(IReadOnlyCollection<ScoredItem> items)
    {
        var (passed, failed, passedWeight, applicableWeight) = Tally(items);
        var dimensions = items.Where(i => i.Dimension is not null).GroupBy(i => i.Dimension!.Value).OrderBy(g => g.Key)
            .Select(g =>
            {
                var (p, f, pw, aw) = Tally(g.ToList());
                return new DimensionScore(g.Key, p, p + f, pw, aw, Percentage(pw, aw));
            })
            .ToList();
        return new AuditScore(
            Percentage(passedWeight, applicableWeight),
            Percentage(passed, passed + failed),
            passed,
            failed,
            passedWeight,
            applicableWeight,
            items.Count(i => i.Critical && i.Outcome == AuditOutcome.Fail),
            dimensions);
    }

    private static (int Passed, int Failed, double PassedWeight, double ApplicableWeight) Tally(IReadOnlyCollection<ScoredItem> items)
    {
        var passed = items.Where(i => i.Outcome == AuditOutcome.Pass).ToList();
        var failed = items.Where(i => i.Outcome == AuditOutcome.Fail).ToList();
        var passedWeight = passed.Sum(i => i.Weight);
        return (passed.Count, failed.Count, passedWeight, passedWeight + failed.Sum(i => i.Weight));
    }

    // Applicable weight is a sum of weights > 0, so zero means nothing applied.
    private static double? Percentage(double part, double whole) => whole > 0 ? 100 * part / whole : null;
}
