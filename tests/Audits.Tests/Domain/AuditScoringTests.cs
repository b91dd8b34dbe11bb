using ServiceExcellence.Audits.Domain.Audits;
using ServiceExcellence.Audits.Domain.Standards;

namespace ServiceExcellence.Audits.Tests.Domain;

public sealed class AuditScoringTests
{
    private const int Precision = 9;

    // Applicable: 3 + 2 + 1 + 4 = 10, passed 3 + 4 = 7 → 70 %; 2 of 4 applicable items passed → 50 %; the n/a weight 5 counts nowhere.
    private static readonly ScoredItem[] HandComputed =
    [
        new(3, Critical: true, ServqualDimension.Reliability, AuditOutcome.Pass),
        new(2, Critical: false, ServqualDimension.Empathy, AuditOutcome.Fail),
        new(5, Critical: false, null, AuditOutcome.NotApplicable),
        new(1, Critical: true, ServqualDimension.Reliability, AuditOutcome.Fail),
        new(4, Critical: false, ServqualDimension.Empathy, AuditOutcome.Pass),
    ];

    [Fact]
    public void Score_is_passed_weight_over_applicable_weight_and_compliance_is_passed_over_applicable_items()
    {
        var score = AuditScoring.Score(HandComputed);

        Assert.Equal(70, score.Score!.Value, Precision);
        Assert.Equal(50, score.ComplianceRate!.Value, Precision);
        Assert.Equal((2, 2, 4), (score.PassedItems, score.FailedItems, score.ApplicableItems));
        Assert.Equal((7, 10), (score.PassedWeight, score.ApplicableWeight));
        Assert.Equal(1, score.FailedCriticalItems);
    }

    [Fact]
    public void Each_servqual_dimension_is_scored_over_its_own_items()
    {
        var dimensions = AuditScoring.Score(HandComputed).Dimensions;

        Assert.Equal([ServqualDimension.Reliability, ServqualDimension.Empathy], dimensions.Select(d => d.Dimension));
        var reliability = dimensions[0];
        var empathy = dimensions[1];
        Assert.Equal((1, 2, 3, 4), (reliability.PassedItems, reliability.ApplicableItems, reliability.PassedWeight, reliability.ApplicableWeight));
        Assert.Equal(75, reliability.Score!.Value, Precision);
        Assert.Equal(400.0 / 6, empathy.Score!.Value, Precision);
    }

    [Fact]
    public void A_failed_critical_item_fails_the_audit_even_above_the_pass_mark()
    {
        var score = AuditScoring.Score(HandComputed);

        Assert.False(score.Passes(60));
        Assert.False(score.IsUnder(60));
        Assert.True(score.IsUnder(80));
    }

    [Fact]
    public void An_audit_with_every_item_passed_passes_even_a_pass_mark_of_100()
    {
        var score = AuditScoring.Score([new(1, true, null, AuditOutcome.Pass), new(2.5, false, null, AuditOutcome.Pass)]);

        Assert.Equal(100, score.Score!.Value, Precision);
        Assert.True(score.Passes(100));
        Assert.Empty(score.Dimensions);
    }

    [Fact]
    public void With_no_applicable_item_score_and_compliance_are_null_and_the_audit_neither_passes_nor_falls_under_the_mark()
    {
        var score = AuditScoring.Score([new(1, true, ServqualDimension.Tangibles, AuditOutcome.NotApplicable)]);

        Assert.Null(score.Score);
        Assert.Null(score.ComplianceRate);
        Assert.False(score.Passes(0));
        Assert.False(score.IsUnder(100));
        Assert.Null(Assert.Single(score.Dimensions).Score);
    }
}
