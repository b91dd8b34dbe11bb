using System.Diagnostics;
using System.Globalization;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Bench.Platform;

/// <summary>
/// One run of a suite's AppHost as a user starts it (<c>dotnet AppHost.dll</c>, what eng/run.sh runs), on ports and a
/// data directory the benchmark chooses, measured from the outside: any checkout's AppHost, before or after a change.
/// </summary>
public sealed class SuiteProcess : IAsyncDisposable
{
    private static readonly string[] PortNames = ["gateway", "goals", "feedback", "audits", "reporting", "postgres", "rabbitmq", "rabbitmq-dist", "epmd", "redis"];
    private readonly Process _apphost;

    private SuiteProcess(Process apphost, Uri gateway, string dataDirectory)
    {
        _apphost = apphost;
        Gateway = gateway;
        DataDirectory = dataDirectory;
    }

    public Uri Gateway { get; }

    public string DataDirectory { get; }

    public string SigningKeyPath => Path.Combine(DataDirectory, "auth", "dev-signing-key.pem");

    /// <summary>Starts the AppHost of the checkout at <paramref name="root"/> (built in Release) and waits until the gateway says the suite is healthy.</summary>
    public static async Task<(SuiteProcess Suite, TimeSpan Healthy)> StartAsync(
        string root, string dataDirectory, int firstPort, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "AppHost", "bin", "Release", "net10.0", "AppHost.dll"));
        start.ArgumentList.Add($"--DataDirectory={dataDirectory}");
        for (var i = 0; i < PortNames.Length; i++)
        {
            start.ArgumentList.Add($"--Ports:{PortNames[i]}={(firstPort + i).ToString(CultureInfo.InvariantCulture)}");
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var gateway = new Uri($"http://127.0.0.1:{firstPort}");
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = Path.Combine(Path.GetTempPath(), $"bench-apphost-{process.Id}.log");
        _ = CopyAsync(process.StandardOutput, output);
        _ = CopyAsync(process.StandardError, output + ".err");
        var suite = new SuiteProcess(process, gateway, dataDirectory);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the AppHost of {root} exited with {process.ExitCode}; see {output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(gateway, "/health"));
                if (response.IsSuccessStatusCode)
                {
                    return (suite, clock.Elapsed);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(4))
            {
                await suite.DisposeAsync();
                throw new TimeoutException($"the suite of {root} was not healthy within 4 minutes; see {output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Every process of the run: the AppHost's tree and, for an Aspire AppHost, the orchestrator it started detached.</summary>
    public IReadOnlyList<int> Processes() =>
        [.. ProcessTree.Of(_apphost.Id)
            .Concat(ProcessTree.Matching($"dcp start-apiserver --monitor {_apphost.Id} ").SelectMany(ProcessTree.Of))
            .Distinct()];

    /// <summary>The gateway's own process (its name or its assembly on the command line).</summary>
    public int GatewayProcess() => Processes().Single(pid =>
        ProcessTree.CommandLine(pid)?.Contains("/gateway/Gateway/bin/", StringComparison.Ordinal) == true);

    /// <summary>Stops the AppHost as Ctrl+C would and waits until none of its processes is left.</summary>
    public async ValueTask DisposeAsync()
    {
        var processes = Processes();
        if (!_apphost.HasExited)
        {
            Process.Start("kill", ["-TERM", _apphost.Id.ToString(CultureInfo.InvariantCulture)])?.WaitForExit();
        }

        var clock = Stopwatch.StartNew();
        while (processes.Concat(Processes()).Distinct().Any(pid => Directory.Exists($"/proc/{pid}") && !IsZombie(pid)) && clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(250);
        }

        foreach (var pid in processes.Where(pid => Directory.Exists($"/proc/{pid}")))
        {
            ProcessTree.Kill(pid);
        }

        _apphost.Dispose();
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')') + 2] == 'Z';
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static async Task CopyAsync(StreamReader from, string path)
    {
        await using var to = new StreamWriter(path, append: true);
        while (await from.ReadLineAsync() is { } line)
        {
            await to.WriteLineAsync(line);
        }
    }
}
