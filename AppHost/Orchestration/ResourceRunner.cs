using System.Diagnostics;
using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Processes;

namespace ServiceExcellence.AppHost.Orchestration;

/// <summary>
/// Runs one resource: starts its process and waits until it is healthy, notices when it exits, restarts it with
/// back-off when asked to, and stops it gracefully (signal, then the whole tree killed after a grace period).
/// </summary>
internal sealed class ResourceRunner : IDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DiscardGrace = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MonitorInterval = TimeSpan.FromSeconds(5);

    private readonly SuiteSettings _settings;
    private readonly ProcessLauncher _launcher;
    private readonly HostLog _log;
    private readonly ResourceLog _resourceLog;
    private readonly SemaphoreSlim _gate = new(1, 1); // one start or stop at a time
    private readonly Lock _stateLock = new();
    private readonly Backoff _backoff = new();

    private ManagedProcess? _process;
    private CancellationTokenSource _lifetime = new(); // cancelled by a stop: ends health waits, restart delays, monitors
    private bool _stopRequested;
    private DateTimeOffset _healthySince;
    private ResourceState _state = ResourceState.Waiting;

    public ResourceRunner(Resource resource, SuiteSettings settings, ProcessLauncher launcher, HostLog log)
    {
        Resource = resource;
        _settings = settings;
        _launcher = launcher;
        _log = log;
        _resourceLog = new ResourceLog(Path.Combine(settings.DataDirectory, "logs", resource.Name + ".log"));
    }

    public event Action<ResourceSnapshot>? StateChanged;

    public Resource Resource { get; }

    public string Name => Resource.Name;

    public string LogPath => _resourceLog.Path;

    public ResourceState State
    {
        get
        {
            lock (_stateLock)
            {
                return _state;
            }
        }
    }

    public ResourceSnapshot Snapshot
    {
        get
        {
            lock (_stateLock)
            {
                return new ResourceSnapshot(Name, _state, _process is { HasExited: false } p ? p.Pid : null, Resource.Endpoint);
            }
        }
    }

    /// <summary>The pid of the running process, if any.</summary>
    public int? Pid => Snapshot.Pid;

    /// <summary>
    /// Starts the process and waits until it is healthy. With <paramref name="retryUntilHealthy"/> a failed start is
    /// retried with back-off until it succeeds or is cancelled; otherwise it throws.
    /// </summary>
    public async Task StartAsync(bool retryUntilHealthy, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_process is { HasExited: false } && State is ResourceState.Healthy or ResourceState.Unhealthy)
            {
                return;
            }

            CancellationToken lifetime;
            lock (_stateLock)
            {
                // The previous source is not disposed: watchers of the previous process may still hold its token.
                _stopRequested = false;
                _lifetime = new CancellationTokenSource();
                lifetime = _lifetime.Token;
            }

            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime);
            while (true)
            {
                try
                {
                    await StartCoreAsync(lifetime, linked.Token).ConfigureAwait(false);
                    return;
                }
                catch (Exception ex) when (retryUntilHealthy && ex is not OperationCanceledException)
                {
                    var delay = _backoff.Next();
                    _log.Error($"{Name}: {ex.Message}{Environment.NewLine}  trying again in {delay.TotalSeconds:0} s");
                    SetState(ResourceState.Restarting);
                    await Task.Delay(delay, linked.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    SetState(ResourceState.Failed);
                    throw;
                }
            }
        }
        catch (OperationCanceledException)
        {
            SetState(_stopRequested ? ResourceState.Stopped : ResourceState.Failed);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Asks the process to stop, waits up to 10 s, then kills its whole tree. No restart follows.</summary>
    /// <param name="discard">The data is about to be deleted: use the quickest clean signal and a shorter grace.</param>
    public async Task StopAsync(bool discard, CancellationToken cancellationToken)
    {
        RequestStop();
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            var process = _process;
            if (process is null || process.HasExited)
            {
                SetState(ResourceState.Stopped);
                return;
            }

            SetState(ResourceState.Stopping);
            var grace = discard ? DiscardGrace : StopGrace;
            process.Signal(discard ? process.Spec.DiscardSignal ?? process.Spec.StopSignal : process.Spec.StopSignal);
            try
            {
                await process.Exited.WaitAsync(grace, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                _log.Info($"{Name} did not stop within {grace.TotalSeconds:0} s; killing it");
            }
            catch (OperationCanceledException)
            {
                _log.Info($"{Name}: stop cancelled; killing it");
            }

            await KillAndWaitAsync(process).ConfigureAwait(false);
            SetState(ResourceState.Stopped);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>SIGKILL to the process tree at once. No restart follows.</summary>
    public async Task KillAsync(CancellationToken cancellationToken)
    {
        RequestStop();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_process is { } process)
            {
                await KillAndWaitAsync(process).ConfigureAwait(false);
            }

            SetState(ResourceState.Stopped);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Kills the process tree without waiting: for process exit, when nothing can be awaited.</summary>
    public void KillNow()
    {
        RequestStop();
        _process?.KillTree();
    }

    public void Dispose()
    {
        _process?.Dispose();
        _lifetime.Dispose();
        _gate.Dispose();
        _resourceLog.Dispose();
    }

    private void RequestStop()
    {
        CancellationTokenSource lifetime;
        lock (_stateLock)
        {
            _stopRequested = true;
            lifetime = _lifetime;
        }

        // Outside the lock: cancellation runs continuations inline.
        lifetime.Cancel();
    }

    private async Task StartCoreAsync(CancellationToken lifetime, CancellationToken cancellationToken)
    {
        SetState(ResourceState.Starting);
        await Resource.PrepareAsync(new ResourceContext(_launcher, _resourceLog, _log), cancellationToken).ConfigureAwait(false);
        var process = _launcher.Start(Name, Resource.CreateProcessSpec(), _resourceLog);
        lock (_stateLock)
        {
            _process?.Dispose();
            _process = process;
        }

        SetState(ResourceState.Starting);
        _ = WatchExitAsync(process, lifetime);
        try
        {
            await WaitHealthyAsync(process, cancellationToken).ConfigureAwait(false);
            await Resource.OnHealthyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Leave nothing half-started behind; the caller reports or retries. A stop requested meanwhile still
            // gets a clean shutdown (a broker killed during its first boot may not boot again).
            lock (_stateLock)
            {
                _process = null;
            }

            if (ex is OperationCanceledException && !process.HasExited)
            {
                process.Signal(process.Spec.StopSignal);
                try
                {
                    await process.Exited.WaitAsync(StopGrace).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    _log.Info($"{Name} did not stop within {StopGrace.TotalSeconds:0} s; killing it");
                }
            }

            await KillAndWaitAsync(process).ConfigureAwait(false);
            process.Dispose();
            throw;
        }

        _healthySince = DateTimeOffset.UtcNow;
        SetState(ResourceState.Healthy);
        if (_settings.MonitorHealth)
        {
            _ = MonitorHealthAsync(process, lifetime);
        }
    }

    private async Task WaitHealthyAsync(ManagedProcess process, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                var code = await process.Exited.ConfigureAwait(false);
                throw new ResourceStartException(Name, $"{Name} exited with code {code} while starting; see {LogPath}{Environment.NewLine}{Tail()}");
            }

            var probe = await Resource.ProbeAsync(cancellationToken).ConfigureAwait(false);
            if (probe.IsHealthy)
            {
                _log.Info($"{Name} healthy after {clock.Elapsed.TotalSeconds:0.0} s (pid {process.Pid})");
                return;
            }

            if (clock.Elapsed > _settings.HealthTimeout)
            {
                throw new ResourceStartException(Name,
                    $"{Name} did not become healthy within {_settings.HealthTimeout.TotalSeconds:0} s (last check: {probe.Error}); see {LogPath}{Environment.NewLine}{Tail()}");
            }

            await Task.WhenAny(Task.Delay(ProbeInterval, cancellationToken), process.Exited).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private async Task WatchExitAsync(ManagedProcess process, CancellationToken lifetime)
    {
        var code = await process.Exited.ConfigureAwait(false);
        // Children the leader left behind (e.g. the Erlang VM under its start script) go with it.
        process.KillGroup();
        _launcher.Forget(Name, process);

        bool unexpected;
        lock (_stateLock)
        {
            unexpected = ReferenceEquals(_process, process) && !_stopRequested && _state is ResourceState.Healthy or ResourceState.Unhealthy;
        }

        if (!unexpected)
        {
            // A stop, a kill, or a failed start (which reports for itself).
            return;
        }

        _log.Error($"{Name} (pid {process.Pid}) exited unexpectedly with code {code}; see {LogPath}{Environment.NewLine}{Tail()}");
        if (!_settings.RestartOnExit)
        {
            SetState(ResourceState.Failed);
            return;
        }

        _backoff.ResetIfStable(DateTimeOffset.UtcNow - _healthySince);
        await RestartAsync(lifetime).ConfigureAwait(false);
    }

    private async Task RestartAsync(CancellationToken lifetime)
    {
        while (!lifetime.IsCancellationRequested)
        {
            var delay = _backoff.Next();
            SetState(ResourceState.Restarting);
            _log.Info($"{Name}: restarting in {delay.TotalSeconds:0} s");
            try
            {
                await Task.Delay(delay, lifetime).ConfigureAwait(false);
                await _gate.WaitAsync(lifetime).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return; // stopped while waiting: nothing to restart
            }

            try
            {
                if (_stopRequested)
                {
                    return;
                }

                await StartCoreAsync(lifetime, lifetime).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _log.Error($"{Name}: restart failed: {ex.Message}");
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    private async Task MonitorHealthAsync(ManagedProcess process, CancellationToken lifetime)
    {
        var failures = 0;
        while (!process.HasExited && ReferenceEquals(_process, process))
        {
            HealthProbe probe;
            try
            {
                await Task.Delay(MonitorInterval, lifetime).ConfigureAwait(false);
                probe = await Resource.ProbeAsync(lifetime).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return; // stopped
            }

            if (process.HasExited || !ReferenceEquals(_process, process))
            {
                return;
            }

            if (probe.IsHealthy)
            {
                failures = 0;
                if (State == ResourceState.Unhealthy)
                {
                    _log.Info($"{Name} is healthy again");
                    SetState(ResourceState.Healthy);
                }
            }
            else if (++failures == 2 && State == ResourceState.Healthy)
            {
                // Two misses in a row, so one slow answer does not flap the table.
                _log.Error($"{Name} is unhealthy: {probe.Error}");
                SetState(ResourceState.Unhealthy);
            }
        }
    }

    private async Task KillAndWaitAsync(ManagedProcess process)
    {
        process.KillTree();
        try
        {
            await process.Exited.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _log.Error($"{Name} (pid {process.Pid}) is still there 5 s after SIGKILL");
        }

        _launcher.Forget(Name, process);
    }

    private string Tail() => "  " + string.Join($"{Environment.NewLine}  ", _resourceLog.Tail());

    private void SetState(ResourceState state)
    {
        lock (_stateLock)
        {
            _state = state;
        }

        StateChanged?.Invoke(Snapshot);
    }
}
