using ServiceExcellence.AppHost.Processes;

namespace ServiceExcellence.AppHost.Model;

/// <summary>Something the suite runs as a local process: how to prepare, launch and probe it.</summary>
internal abstract class Resource(string name, IReadOnlyList<string> dependsOn)
{
    public string Name { get; } = name;

    /// <summary>Resources that must be healthy before this one starts.</summary>
    public IReadOnlyList<string> DependsOn { get; } = dependsOn;

    /// <summary>The ports the process listens on, checked to be free before anything starts.</summary>
    public abstract IReadOnlyList<int> Ports { get; }

    /// <summary>What the status table shows: a URL or host:port.</summary>
    public abstract string Endpoint { get; }

    /// <summary>Resolves tools and files so a missing one is reported before anything starts.</summary>
    public abstract void CheckPrerequisites();

    /// <summary>Sets up on-disk state before each start (initdb once, config files).</summary>
    public virtual Task PrepareAsync(ResourceContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract ProcessSpec CreateProcessSpec();

    /// <summary>One health check; never throws for an unreachable resource, only for cancellation.</summary>
    public abstract Task<HealthProbe> ProbeAsync(CancellationToken cancellationToken);

    /// <summary>Runs once each time the resource has become healthy (e.g. creates missing databases).</summary>
    public virtual Task OnHealthyAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
