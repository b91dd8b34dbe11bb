namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>A respondent's allocation of 100 importance points over the five SERVQUAL dimensions.</summary>
public sealed record ServqualWeights(int Tangibles, int Reliability, int Responsiveness, int Assurance, int Empathy)
{
    public const int TotalPoints = 100;

    public int Sum => Tangibles + Reliability + Responsiveness + Assurance + Empathy;

    public int Of(ServqualDimension dimension) => dimension switch
    {
        ServqualDimension.Tangibles => Tangibles,
        ServqualDimension.Reliability => Reliability,
        ServqualDimension.Responsiveness => Responsiveness,
        ServqualDimension.Assurance => Assurance,
        ServqualDimension.Empathy => Empathy,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a SERVQUAL dimension."),
    };
}
