namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>The mean gap (perception − expectation) of each SERVQUAL dimension; negative means below expectation.</summary>
public sealed record ServqualGaps(double Tangibles, double Reliability, double Responsiveness, double Assurance, double Empathy)
{
    public double Of(ServqualDimension dimension) => dimension switch
    {
        ServqualDimension.Tangibles => Tangibles,
        ServqualDimension.Reliability => Reliability,
        ServqualDimension.Responsiveness => Responsiveness,
        ServqualDimension.Assurance => Assurance,
        ServqualDimension.Empathy => Empathy,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a SERVQUAL dimension."),
    };
}
