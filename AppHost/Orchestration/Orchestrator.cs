using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Processes;

namespace ServiceExcellence.AppHost.Orchestration;

/// <summary>
/// Runs the resources of a <see cref="SuiteModel"/> in dependency order: each starts once everything it references
/// is healthy; they stop in reverse order.
/// </summary>
internal sealed class Orchestrator : IDisposable
{
    private readonly SuiteModel _model;
    private readonly SuiteSettings _settings;
    private readonly HostLog _log;
    private readonly Dictionary<string, ResourceRunner> _runners;

    public Orchestrator(SuiteModel model, SuiteSettings settings, ProcessLauncher launcher, HostLog log)
    {
        _model = model;
        _settings = settings;
        _log = log;
        _runners = model.Resources.ToDictionary(r => r.Name, r => new ResourceRunner(r, settings, launcher, log));
        foreach (var runner in _runners.Values)
        {
            runner.StateChanged += snapshot => StateChanged?.Invoke(snapshot);
        }
    }

    public event Action<ResourceSnapshot>? StateChanged;

    public IReadOnlyCollection<ResourceRunner> Runners => _runners.Values;

    /// <summary>Every row of the status table: external resources first, then the local ones as declared.</summary>
    public IReadOnlyList<ResourceSnapshot> Snapshots =>
        _model.ExternalResources.Select(name => new ResourceSnapshot(name, ResourceState.External, null, "(external)"))
            .Concat(_model.Resources.Select(r => _runners[r.Name].Snapshot))
            .ToList();

    /// <summary>Fails with one line when a tool, a built project or a port is missing, before anything starts.</summary>
    public void CheckPrerequisites()
    {
        foreach (var runner in StartOrder())
        {
            runner.Resource.CheckPrerequisites();
        }

        foreach (var runner in StartOrder())
        {
            foreach (var port in runner.Resource.Ports.Where(port => !PortAllocator.IsFree(port)))
            {
                throw new PrerequisiteException($"port {port} for {runner.Name} is already in use (change it with --Ports:{PortKey(runner.Name, port)}=<port>)");
            }
        }
    }

    /// <summary>Starts everything, each resource as soon as its dependencies are healthy; completes when all are healthy.</summary>
    /// <param name="retryProjects">Keep retrying a project that fails to start (the CLI) instead of failing the start.</param>
    public async Task StartAllAsync(bool retryProjects, CancellationToken cancellationToken)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tasks = new Dictionary<string, Task>();
        foreach (var runner in StartOrder())
        {
            var dependencies = runner.Resource.DependsOn.Where(tasks.ContainsKey).Select(name => tasks[name]).ToList();
            var retry = retryProjects && runner.Resource is Resources.ProjectResource;
            tasks[runner.Name] = StartAfterAsync(runner, dependencies, retry, failed);
        }

        await Task.WhenAll(tasks.Values).ConfigureAwait(false);
    }

    /// <summary>Starts one resource again (and whatever it needs that is not running), and waits until it is healthy.</summary>
    public async Task StartResourceAsync(string name, CancellationToken cancellationToken)
    {
        var runner = Get(name);
        foreach (var dependency in runner.Resource.DependsOn.Where(_runners.ContainsKey))
        {
            if (Get(dependency).State is not (ResourceState.Healthy or ResourceState.Unhealthy))
            {
                await StartResourceAsync(dependency, cancellationToken).ConfigureAwait(false);
            }
        }

        await runner.StartAsync(retryUntilHealthy: false, cancellationToken).ConfigureAwait(false);
    }

    public Task StopResourceAsync(string name, CancellationToken cancellationToken) => Get(name).StopAsync(discard: false, cancellationToken);

    public Task KillResourceAsync(string name, CancellationToken cancellationToken) => Get(name).KillAsync(cancellationToken);

    /// <summary>Stops everything gracefully, dependents before what they depend on; each level in parallel.</summary>
    public async Task StopAllAsync(CancellationToken cancellationToken)
    {
        foreach (var level in Levels().OrderByDescending(group => group.Key))
        {
            await Task.WhenAll(level.Select(runner => runner.StopAsync(discard: false, cancellationToken))).ConfigureAwait(false);
        }

        OrphanReaper.Drain(TimeSpan.FromSeconds(2));
    }

    /// <summary>
    /// Stops everything at once, each with its quickest clean signal (their data is about to be deleted), killing
    /// what has not exited after 5 s. Clean exits let every process reap its own children.
    /// </summary>
    public async Task DiscardAllAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(_runners.Values.Select(runner => runner.StopAsync(discard: true, cancellationToken))).ConfigureAwait(false);
        OrphanReaper.Drain(TimeSpan.FromSeconds(2));
    }

    /// <summary>Kills every process tree at once, without waiting.</summary>
    public void KillAllNow()
    {
        foreach (var runner in _runners.Values)
        {
            runner.KillNow();
        }
    }

    public void Dispose()
    {
        foreach (var runner in _runners.Values)
        {
            runner.Dispose();
        }
    }

    private async Task StartAfterAsync(ResourceRunner runner, List<Task> dependencies, bool retry, CancellationTokenSource failed)
    {
        try
        {
            await Task.WhenAll(dependencies).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The dependency's own task carries its failure to the caller; this one simply never starts.
            if (ex is not OperationCanceledException)
            {
                _log.Info($"{runner.Name} not started: a resource it depends on failed");
            }

            return;
        }

        try
        {
            await runner.StartAsync(retry, failed.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failure ends the start of the others; the exception goes to the caller.
            await failed.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private ResourceRunner Get(string name) =>
        _runners.TryGetValue(name, out var runner)
            ? runner
            : throw new ArgumentException($"There is no local resource named '{name}' (known: {string.Join(", ", _runners.Keys)}).", nameof(name));

    private IEnumerable<ResourceRunner> StartOrder() => Levels().OrderBy(group => group.Key).SelectMany(group => group);

    // Level 0 depends on nothing; a resource's level is one more than its highest dependency's.
    private IEnumerable<IGrouping<int, ResourceRunner>> Levels()
    {
        var levels = new Dictionary<string, int>();
        int LevelOf(string name) => levels.TryGetValue(name, out var known)
            ? known
            : levels[name] = _runners[name].Resource.DependsOn.Where(_runners.ContainsKey).Select(LevelOf).DefaultIfEmpty(-1).Max() + 1;
        return _runners.Values.GroupBy(runner => LevelOf(runner.Name));
    }

    private string PortKey(string resource, int port) =>
        _settings.Ports.Where(pair => pair.Value == port).Select(pair => pair.Key).FirstOrDefault() ?? resource;
}
