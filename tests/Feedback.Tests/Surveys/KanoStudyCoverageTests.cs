using ServiceExcellence.Feedback.Domain.Surveys;

namespace ServiceExcellence.Feedback.Tests.Surveys;

public sealed class KanoStudyCoverageTests
{
    private static readonly KanoStudy Study =
        KanoStudy.Create("Delivery", "logistics", ["Fast delivery", "Tracking", "Free returns"], "tester", DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_sheet_answering_every_feature_once_in_any_order_and_case_fits()
    {
        Assert.Empty(Study.CheckCoverage(["tracking", "Free returns", "FAST DELIVERY"]));
        Assert.Equal("Fast delivery", Study.FeatureNamed(" fast delivery "));
    }

    [Fact]
    public void Unknown_duplicate_and_missing_features_are_each_named()
    {
        var problems = Study.CheckCoverage(["Fast delivery", "Gift wrap", "fast delivery"]);

        Assert.Collection(problems,
            p => Assert.Equal((1, "Gift wrap"), (p.Index!.Value, p.Feature)),
            p => Assert.Equal((2, "fast delivery"), (p.Index!.Value, p.Feature)),
            p => Assert.Equal((null, "Tracking"), (p.Index, p.Feature)),
            p => Assert.Equal((null, "Free returns"), (p.Index, p.Feature)));
        Assert.Contains("more than once", problems[1].Message);
        Assert.Contains("not answered", problems[2].Message);
    }
}
