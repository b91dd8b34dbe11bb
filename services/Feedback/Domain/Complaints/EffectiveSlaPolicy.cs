namespace ServiceExcellence.Feedback.Domain.Complaints;

/// <summary>A policy together with where it comes from: the department's override or the suite default.</summary>
public sealed record EffectiveSlaPolicy(SlaPolicy Policy, bool Overridden);
