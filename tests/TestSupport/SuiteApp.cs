using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServiceExcellence.AppHost;
using ServiceExcellence.AppHost.Services;

namespace ServiceExcellence.Testing;

/// <summary>
/// The AppHost's own model started by Aspire.Hosting.Testing for tests and benchmarks: in a temporary data directory on
/// free ports, without the dashboard, deleted afterwards. Tests stop, start and kill resources through it as an operator
/// would through the dashboard (stop and start are the orchestrator's resource commands; kill is SIGKILL to the process
/// the orchestrator reports).
/// </summary>
public sealed class SuiteApp : IAsyncDisposable
{
    private static readonly string TempRoot = Path.Combine(Path.GetTempPath(), "serviceexcellence-suite");
    private static readonly TimeSpan HealthyWithin = TimeSpan.FromSeconds(120);

    private readonly DistributedApplication _app;
    private readonly bool _ownsDirectory;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _logWriters = [];
    private int _disposed;

    private SuiteApp(DistributedApplication app, string dataDirectory, bool ownsDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        _ownsDirectory = ownsDirectory;
    }

    public string DataDirectory { get; }

    /// <summary>"goals", "feedback", "audits", "reporting" and "gateway"; empty when only the infrastructure runs.</summary>
    public IReadOnlyDictionary<string, Uri> ServiceUrls { get; private set; } = new Dictionary<string, Uri>();

    /// <summary>"goalsdb" … "gatewaydb", "rabbitmq" and "redis", as the services receive them.</summary>
    public IReadOnlyDictionary<string, string> ConnectionStrings { get; private set; } = new Dictionary<string, string>();

    /// <exception cref="InvalidOperationException">The services were not started.</exception>
    public Uri GatewayUrl => ServiceUrls.TryGetValue("gateway", out var url)
        ? url
        : throw new InvalidOperationException("The services were not started (StartServices is false): there is no gateway.");

    /// <summary>Where each resource's console output goes, as <c>&lt;name&gt;.log</c> (the dashboard's console logs).</summary>
    public string LogDirectory => Path.Combine(DataDirectory, "logs");

    /// <summary>The development token signing key the services use (PKCS#8 PEM).</summary>
    public string SigningKeyPath => Path.Combine(DataDirectory, "auth", "dev-signing-key.pem");

    /// <summary>Starts the suite and returns once every resource that starts by itself is healthy.</summary>
    public static async Task<SuiteApp> StartAsync(SuiteAppOptions options, CancellationToken cancellationToken = default)
    {
        var ownsDirectory = options.DataDirectory is null;
        var dataDirectory = options.DataDirectory is { } given ? Path.GetFullPath(given) : CreateTempDirectory();
        var clock = Stopwatch.StartNew();
        DistributedApplication? app = null;
        try
        {
            string[] args =
            [
                $"--DataDirectory={dataDirectory}",
                "--FreePorts=true",
                $"--FastStorage={ownsDirectory}",
                $"--StartServices={options.StartServices}",
                $"--Environment={options.Environment}",
                $"--ServiceSockets={options.ServiceSockets}",
                // No dashboard in tests (the testing builder turns it off): nothing would receive the services' telemetry.
                "--Dashboard=false",
            ];
            var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(SuiteOptions), args, cancellationToken).ConfigureAwait(false);
            // Each resource's output goes to its own file (WriteLogsAsync); the test output keeps what went wrong.
            builder.Services.AddLogging(logging => logging
                .SetMinimumLevel(LogLevel.Warning)
                .AddFilter("AppHost.Resources", LogLevel.None)
                .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
            foreach (var project in builder.Resources.OfType<BuiltProjectResource>().ToList())
            {
                builder.CreateResourceBuilder(project).WithEnvironment(context =>
                {
                    foreach (var (name, value) in options.ProjectEnvironment)
                    {
                        context.EnvironmentVariables[name] = value;
                    }
                });
            }

            app = await builder.BuildAsync(cancellationToken).ConfigureAwait(false);
            var suite = new SuiteApp(app, dataDirectory, ownsDirectory);
            suite.WriteLogs(builder.Resources.Where(r => r is not ParameterResource));
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await suite.WaitUntilHealthyAsync(cancellationToken).ConfigureAwait(false);
            await suite.ReadAddressesAsync(cancellationToken).ConfigureAwait(false);
            options.Log?.Invoke($"suite healthy in {clock.Elapsed.TotalSeconds:0.0} s ({dataDirectory})");
            return suite;
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            if (ownsDirectory)
            {
                DeleteDirectory(dataDirectory);
            }

            throw;
        }
    }

    /// <summary>Stops a resource gracefully, as the dashboard's Stop does; its data and port are kept.</summary>
    public async Task StopResourceAsync(string name, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(name, KnownResourceCommands.StopCommand, cancellationToken).ConfigureAwait(false);
        await _app.ResourceNotifications.WaitForResourceAsync(name, KnownResourceStates.TerminalStates, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a stopped or killed resource again and returns once it is healthy.</summary>
    public async Task StartResourceAsync(string name, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(name, KnownResourceCommands.StartCommand, cancellationToken).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HealthyWithin);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Kills the resource's process and everything it started with SIGKILL; the orchestrator does not restart it.</summary>
    public async Task KillResourceAsync(string name, CancellationToken cancellationToken = default)
    {
        var pid = ProcessIdOf(name) ?? throw new InvalidOperationException($"{name} has no running process.");
        foreach (var process in ProcessTree.Of(pid).Reverse())
        {
            ProcessTree.Kill(process);
        }

        await _app.ResourceNotifications.WaitForResourceAsync(name, KnownResourceStates.TerminalStates, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The process id the orchestrator reports for a running resource.</summary>
    public int? ProcessIdOf(string name) =>
        _app.ResourceNotifications.TryGetCurrentState(name, out var current)
        && current.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid
            ? Convert.ToInt32(pid, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The process ids of every running resource, by name (for the benchmarks' memory and CPU figures).</summary>
    public IReadOnlyDictionary<string, int> ProcessIds() =>
        _app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Select(resource => (resource.Name, Pid: ProcessIdOf(resource.Name)))
            .Where(entry => entry.Pid is not null)
            .ToDictionary(entry => entry.Name, entry => entry.Pid!.Value);

    /// <summary>The last lines a resource wrote to its console.</summary>
    public IReadOnlyList<string> LogTail(string name, int lines = 20)
    {
        var path = Path.Combine(LogDirectory, name + ".log");
        return File.Exists(path) ? [.. File.ReadLines(path).TakeLast(lines)] : [];
    }

    /// <summary>Stops everything (the orchestrator waits for every process to end) and deletes a temporary data directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_logWriters).ConfigureAwait(false);
        _stopping.Dispose();
        await _app.DisposeAsync().ConfigureAwait(false);
        if (_ownsDirectory)
        {
            DeleteDirectory(DataDirectory);
        }
    }

    private async Task ExecuteAsync(string name, string command, CancellationToken cancellationToken)
    {
        var result = await _app.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(name, command, cancellationToken).ConfigureAwait(false);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} of {name} failed: {result.Message}");
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HealthyWithin);
        var model = _app.Services.GetRequiredService<DistributedApplicationModel>();
        var started = model.Resources.Where(r => r is not ParameterResource && !r.Annotations.OfType<ExplicitStartupAnnotation>().Any());
        try
        {
            await Task.WhenAll(started.Select(r => _app.ResourceNotifications.WaitForResourceHealthyAsync(r.Name, timeout.Token))).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The suite was not healthy within {HealthyWithin.TotalSeconds:0} s: {Describe(started)}");
        }
    }

    /// <summary>Each resource's state and health, and the last lines of those that are not healthy.</summary>
    private string Describe(IEnumerable<IResource> resources) => string.Join(Environment.NewLine, resources.Select(r =>
    {
        var known = _app.ResourceNotifications.TryGetCurrentState(r.Name, out var e);
        var line = known ? $"{r.Name}: {e!.Snapshot.State?.Text} {e.Snapshot.HealthStatus}" : $"{r.Name}: unknown";
        return known && e!.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
            ? line
            : string.Join(Environment.NewLine + "    ", LogTail(r.Name, 15).Prepend(line));
    }));

    private void WriteLogs(IEnumerable<IResource> resources)
    {
        Directory.CreateDirectory(LogDirectory);
        var logs = _app.Services.GetRequiredService<ResourceLoggerService>();
        foreach (var resource in resources)
        {
            _logWriters.Add(Task.Run(async () =>
            {
                await using var file = new StreamWriter(Path.Combine(LogDirectory, resource.Name + ".log"), append: true) { AutoFlush = true };
                try
                {
                    await foreach (var batch in logs.WatchAsync(resource).WithCancellation(_stopping.Token).ConfigureAwait(false))
                    {
                        foreach (var line in batch)
                        {
                            await file.WriteLineAsync(line.Content).ConfigureAwait(false);
                        }
                    }
                }
                catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
                {
                    // The suite is stopping: the log ends here.
                }
            }));
        }
    }

    private async Task ReadAddressesAsync(CancellationToken cancellationToken)
    {
        var model = _app.Services.GetRequiredService<DistributedApplicationModel>();
        ServiceUrls = model.Resources.OfType<BuiltProjectResource>()
            .Where(project => project.Annotations.OfType<EndpointAnnotation>().Any())
            .ToDictionary(project => project.Name, project => _app.GetEndpoint(project.Name, "http"));
        var connectionStrings = new Dictionary<string, string>();
        foreach (var resource in model.Resources.OfType<IResourceWithConnectionString>())
        {
            if (await resource.GetConnectionStringAsync(cancellationToken).ConfigureAwait(false) is { } value)
            {
                connectionStrings[resource.Name] = value;
            }
        }

        ConnectionStrings = connectionStrings;
    }

    private static string CreateTempDirectory()
    {
        // Readable and traversable by others: PostgreSQL runs as its own user when we are root.
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                                  UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        Directory.CreateDirectory(TempRoot, mode);
        var path = Path.Combine(TempRoot, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path, mode);
        return path;
    }

    private static void DeleteDirectory(string path)
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
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && attempt < 5)
            {
                // A process that was just stopped may still be writing its last log line; try again shortly.
                Thread.Sleep(200 * attempt);
            }
        }
    }
}

/// <summary>What a test run of the suite looks like.</summary>
public sealed record SuiteAppOptions
{
    /// <summary>False: PostgreSQL, RabbitMQ and Redis only.</summary>
    public bool StartServices { get; init; } = true;

    /// <summary>The services' environment.</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>Services listen on local sockets and the gateway forwards through them.</summary>
    public bool ServiceSockets { get; init; } = true;

    /// <summary>Null: a temporary directory, deleted afterwards.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Variables added to every project (services, gateway), e.g. a service's test clock.</summary>
    public IReadOnlyDictionary<string, string> ProjectEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Where progress lines go.</summary>
    public Action<string>? Log { get; init; }
}
