namespace ServiceExcellence.Contracts.Feedback;

/// <summary>A respondent's 100 importance points over the SERVQUAL dimensions (they sum to 100).</summary>
public sealed record ServqualDimensionWeights(int Tangibles, int Reliability, int Responsiveness, int Assurance, int Empathy);
