namespace ServiceExcellence.AppHost;

/// <summary>
/// The memory of one resource's process tree in bytes: resident (counts shared pages in every process) and
/// proportional (shares them out, so the figures of several resources add up to what the suite really holds).
/// </summary>
public sealed record ResourceMemory(string Name, long ResidentBytes, long ProportionalBytes);
