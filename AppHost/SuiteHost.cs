using System.Diagnostics;
using System.Runtime.InteropServices;
using ServiceExcellence.AppHost.Logging;
using ServiceExcellence.AppHost.Model;
using ServiceExcellence.AppHost.Orchestration;
using ServiceExcellence.AppHost.Platform;
using ServiceExcellence.AppHost.Processes;

namespace ServiceExcellence.AppHost;

/// <summary>
/// The suite for tests: the AppHost's resources on free ports in a temporary directory, with handles to stop, kill
/// and start a resource for fault tests. No status table and no automatic restarts: the test is in control.
/// </summary>
public sealed class SuiteHost : IAsyncDisposable
{
    private static readonly string TempRoot = Path.Combine(Path.GetTempPath(), "serviceexcellence-suite");
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(10);

    private readonly SuiteRun _run;
    private readonly HostLog _log;
    private readonly bool _ownsDirectory;
    private readonly EventHandler _onProcessExit;
    private readonly List<PosixSignalRegistration> _onTermination;
    private int _disposed;

    private SuiteHost(SuiteRun run, HostLog log, bool ownsDirectory)
    {
        _run = run;
        _log = log;
        _ownsDirectory = ownsDirectory;
        // A test run that ends without disposing (a crash, Environment.Exit) must not leave servers behind.
        _onProcessExit = (_, _) => KillEverythingNow();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
        // Since .NET 10 a termination signal no longer raises ProcessExit: catch those too, and let the default
        // action (ending the process) follow.
        _onTermination = [.. new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGQUIT, PosixSignal.SIGHUP }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => KillEverythingNow()))];
    }

    public string DataDirectory => _run.Settings.DataDirectory;

    /// <exception cref="InvalidOperationException">The services were not started.</exception>
    public Uri GatewayUrl => ServiceUrls.TryGetValue(ResourceNames.Gateway, out var url)
        ? url
        : throw new InvalidOperationException("The services were not started (SuiteOptions.StartServices is false): there is no gateway.");

    /// <summary>"goals", "feedback", "audits", "reporting" and "gateway"; empty when only the infrastructure runs.</summary>
    public IReadOnlyDictionary<string, Uri> ServiceUrls => _run.Model.ServiceUrls;

    /// <summary>"goalsdb", "feedbackdb", "auditsdb", "reportingdb", "rabbitmq" and "redis", as the services receive them.</summary>
    public IReadOnlyDictionary<string, string> ConnectionStrings => _run.Model.ConnectionStrings;

    /// <summary>The development token signing key the services use (PKCS#8 PEM).</summary>
    public string SigningKeyPath => _run.Model.SigningKeyPath;

    /// <summary>Starts the suite and returns once every resource is healthy.</summary>
    /// <exception cref="PrerequisiteException">A tool or a built project is missing.</exception>
    /// <exception cref="ResourceStartException">A resource did not become healthy.</exception>
    public static Task<SuiteHost> StartAsync(SuiteOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(options, SystemBinaryLocator.Instance, cancellationToken);

    /// <summary>Stops a resource gracefully (its signal, then killed after 10 s). Its data and ports are kept.</summary>
    public Task StopResourceAsync(string name, CancellationToken cancellationToken = default) =>
        _run.Orchestrator.StopResourceAsync(name, cancellationToken);

    /// <summary>Kills a resource's process tree with SIGKILL; it is not restarted.</summary>
    public Task KillResourceAsync(string name, CancellationToken cancellationToken = default) =>
        _run.Orchestrator.KillResourceAsync(name, cancellationToken);

    /// <summary>Starts a stopped resource again (same ports, data and credentials) and waits until it is healthy.</summary>
    public Task StartResourceAsync(string name, CancellationToken cancellationToken = default) =>
        _run.Orchestrator.StartResourceAsync(name, cancellationToken);

    /// <summary>
    /// The memory of each running resource's whole process tree (PostgreSQL's backends, RabbitMQ's Erlang VM), for
    /// the suite benchmark's idle and loaded figures.
    /// </summary>
    public IReadOnlyList<ResourceMemory> Memory() =>
        [.. _run.Orchestrator.Runners.Where(r => r.Pid is not null).Select(r =>
        {
            var pid = r.Pid!.Value;
            var readings = ProcFs.Descendants(pid).Prepend(pid).Select(ProcFs.Memory).OfType<(long Resident, long Proportional)>().ToList();
            return new ResourceMemory(r.Name, readings.Sum(m => m.Resident), readings.Sum(m => m.Proportional));
        })];

    /// <summary>The pids of the running processes by resource name (for checks that nothing is left behind).</summary>
    internal IReadOnlyDictionary<string, int> ProcessIds =>
        _run.Orchestrator.Runners.Where(r => r.Pid is not null).ToDictionary(r => r.Name, r => r.Pid!.Value);

    /// <summary>
    /// Ends every process and deletes the data directory when it was a temporary one (all at once, quickest clean
    /// signals, killed after 5 s); a given directory is kept, with a graceful stop in reverse dependency order.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
        foreach (var registration in _onTermination)
        {
            registration.Dispose();
        }

        var clock = Stopwatch.StartNew();
        if (_ownsDirectory)
        {
            await _run.Orchestrator.DiscardAllAsync(CancellationToken.None).ConfigureAwait(false);
        }
        else
        {
            await _run.Orchestrator.StopAllAsync(CancellationToken.None).ConfigureAwait(false);
        }

        _run.Dispose();
        _log.Info($"suite stopped in {clock.Elapsed.TotalSeconds:0.0} s");
        _log.Dispose();
        if (_ownsDirectory)
        {
            DeleteDirectory(DataDirectory, _log);
        }
    }

    internal static async Task<SuiteHost> StartAsync(SuiteOptions options, IBinaryLocator locator, CancellationToken cancellationToken)
    {
        var log = new HostLog(options.Log);
        var ownsDirectory = options.DataDirectory is null;
        var dataDirectory = options.DataDirectory is { } given ? Path.GetFullPath(given) : CreateTempDirectory(log);
        SuiteRun run;
        try
        {
            var settings = new SuiteSettings
            {
                Repository = RepositoryLayout.Discover(),
                DataDirectory = dataDirectory,
                Ports = ResourceNames.DefaultPorts.Keys.ToDictionary(name => name, _ => PortAllocator.GetFreePort()),
                Environment = options.Environment,
                StartServices = options.StartServices,
                ServiceSockets = options.ServiceSockets,
                FastStorage = ownsDirectory,
                ExtraEnvironment = options.ExtraEnvironment ?? new Dictionary<string, string>(),
                OtlpEndpoint = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"),
                ThreadPoolSpinLimit = Environment.GetEnvironmentVariable(SuiteSettings.ThreadPoolSpinLimitVariable),
            };
            run = SuiteRun.Create(settings, locator, log, soleProcessStarter: false);
        }
        catch (Exception)
        {
            log.Dispose();
            if (ownsDirectory)
            {
                DeleteDirectory(dataDirectory, log);
            }

            throw;
        }

        var host = new SuiteHost(run, log, ownsDirectory);
        var clock = Stopwatch.StartNew();
        log.Info($"starting the suite in {dataDirectory} ({(options.StartServices ? "infrastructure and services" : "infrastructure only")})");
        try
        {
            await run.Orchestrator.StartAllAsync(retryProjects: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        log.Info($"suite healthy in {clock.Elapsed.TotalSeconds:0.0} s");
        return host;
    }

    private void KillEverythingNow()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _run.Orchestrator.KillAllNow();
        if (_ownsDirectory)
        {
            DeleteDirectory(DataDirectory, _log);
        }
    }

    private static string CreateTempDirectory(HostLog log)
    {
        // Readable and traversable by others: PostgreSQL runs as its own user when we are root.
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                                  UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        Directory.CreateDirectory(TempRoot, mode);
        RemoveAbandoned(log);
        var path = Path.Combine(TempRoot, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path, mode);
        return path;
    }

    // Directories of test runs whose process died without disposing: end their servers and delete them.
    private static void RemoveAbandoned(HostLog log)
    {
        foreach (var directory in Directory.EnumerateDirectories(TempRoot))
        {
            var abandoned = PidRegistry.HasOwner(directory)
                ? !PidRegistry.IsOwnedByLiveHost(directory)
                : DateTime.UtcNow - Directory.GetCreationTimeUtc(directory) > AbandonedAfter;
            if (!abandoned)
            {
                continue;
            }

            log.Info($"removing {directory}, left by a test run that did not finish");
            new PidRegistry(directory, log).KillStale();
            DeleteDirectory(directory, log);
        }
    }

    private static void DeleteDirectory(string path, HostLog log)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A process that was just killed may still be writing (e.g. a log line); try again shortly.
                if (attempt == 5)
                {
                    log.Error($"could not delete {path}", ex);
                    return;
                }

                Thread.Sleep(100 * attempt);
            }
        }
    }
}
