namespace ServiceExcellence.Goals.Domain.Smart;

/// <summary>One SMART criterion's verdict: its name (<c>specific</c>, <c>measurable</c>, …), why it failed, and warnings that do not fail it.</summary>
public sealed record SmartCriterion(string Name, bool Passed, IReadOnlyList<string> Reasons, IReadOnlyList<string> Warnings);
