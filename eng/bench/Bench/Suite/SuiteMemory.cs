using ServiceExcellence.Testing;

namespace ServiceExcellence.Bench.Suite;

/// <summary>The memory of one resource's whole process tree (PostgreSQL's backends, RabbitMQ's Erlang VM).</summary>
public sealed record ResourceMemory(string Name, long ResidentBytes, long ProportionalBytes);

/// <summary>What each running resource of a suite holds in memory, and the orchestrator (DCP) that runs them.</summary>
public static class SuiteMemory
{
    public static IReadOnlyList<ResourceMemory> Of(SuiteApp suite)
    {
        var resources = suite.ProcessIds().Select(entry => Measure(entry.Key, ProcessTree.Of(entry.Value))).ToList();
        // The orchestrator runs detached from the process that started it, and monitors it by its pid.
        var orchestrator = ProcessTree.Matching($"dcp start-apiserver --monitor {Environment.ProcessId} ").SelectMany(ProcessTree.Of).ToList();
        var counted = resources.Count == 0 ? [] : suite.ProcessIds().Values.SelectMany(ProcessTree.Of).ToHashSet();
        resources.Add(Measure("orchestrator", [.. orchestrator.Where(pid => !counted.Contains(pid))]));
        return resources;
    }

    /// <summary>The sum over <paramref name="processes"/>.</summary>
    public static ResourceMemory Measure(string name, IReadOnlyCollection<int> processes) => new(
        name,
        processes.Sum(pid => ProcessTree.ResidentMemory(pid) ?? 0),
        processes.Sum(pid => ProcessTree.ProportionalMemory(pid) ?? 0));
}
