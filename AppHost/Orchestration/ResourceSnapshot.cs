using ServiceExcellence.AppHost.Model;

namespace ServiceExcellence.AppHost.Orchestration;

/// <summary>One row of the status table: a resource's state at a moment.</summary>
internal sealed record ResourceSnapshot(string Name, ResourceState State, int? Pid, string Endpoint);
