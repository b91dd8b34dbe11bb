namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>The five SERVQUAL dimensions, in the order of the 22-item instrument.</summary>
public enum ServqualDimension
{
    Tangibles,
    Reliability,
    Responsiveness,
    Assurance,
    Empathy,
}
