namespace ServiceExcellence.Contracts.Feedback;

/// <summary>Mean gap (perception − expectation, −6 to 6) of each SERVQUAL dimension for one respondent.</summary>
public sealed record ServqualDimensionGaps(double Tangibles, double Reliability, double Responsiveness, double Assurance, double Empathy);
