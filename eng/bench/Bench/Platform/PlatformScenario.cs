using System.Diagnostics;
using System.Net.Http.Json;
using ServiceExcellence.Bench.Suite;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Bench.Platform;

/// <summary>
/// The platform move side by side (issue 19): the AppHost of a baseline checkout (a git worktree of the commit before the
/// change) against this checkout's, each started as eng/run.sh starts it, in alternating order within one run. Per
/// start: time to all healthy on existing data, idle memory of every process (the orchestrator and dashboard counted),
/// intake through the gateway with an API key (req/s, p99), and the gateway's CPU per forwarded request.
/// </summary>
public static class PlatformScenario
{
    private static readonly Dictionary<string, string> RaisedLimits = new()
    {
        ["Gateway__RateLimits__IntakePerKey"] = "100000000",
        ["Gateway__RateLimits__PerClientAddress"] = "100000000",
        ["Gateway__RateLimits__StaffPerSubject"] = "100000000",
    };

    /// <summary>What eng/run.sh gives the Aspire AppHost: the dashboard on fixed local ports.</summary>
    private static readonly Dictionary<string, string> Dashboard = new()
    {
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["ASPNETCORE_URLS"] = "http://localhost:17180",
        ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://localhost:18989",
        ["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = "http://localhost:18990",
        ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = "http://localhost:18991",
        ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
    };

    public static async Task RunAsync(string baselineRoot, int concurrency, TimeSpan duration, int rounds)
    {
        var currentRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../.."));
        var work = Path.Combine(Path.GetTempPath(), $"bench-platform-{Guid.NewGuid():N}"[..24]);
        Variant[] variants =
        [
            new("before: own orchestrator", baselineRoot, Path.Combine(work, "before"), RaisedLimits, []),
            new("after: Aspire, dashboard on", currentRoot, Path.Combine(work, "after"), Merge(RaisedLimits, Dashboard), []),
            new("after: Aspire, dashboard off", currentRoot, Path.Combine(work, "after"), Merge(RaisedLimits, Dashboard), ["--Dashboard=false"]),
        ];
        var results = variants.ToDictionary(v => v.Name, _ => new List<StartResult>());
        try
        {
            foreach (var root in variants.Select(v => v.DataDirectory).Distinct())
            {
                Directory.CreateDirectory(root);
                File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
            }

            // First starts create the databases and the broker's data; the measured starts then find it, as a restart does.
            foreach (var variant in variants.DistinctBy(v => v.DataDirectory))
            {
                var (suite, healthy) = await StartAsync(variant);
                Console.WriteLine($"{variant.Name}: first start (creating its data) healthy after {healthy.TotalSeconds:F1} s");
                await suite.DisposeAsync();
            }

            for (var round = 0; round < rounds; round++)
            {
                // ABC, then CBA: a slow drift of the machine falls on every variant alike.
                foreach (var variant in round % 2 == 0 ? variants : variants.Reverse())
                {
                    var result = await MeasureAsync(variant, concurrency, duration);
                    Console.WriteLine($"  {variant.Name}, round {round + 1}: {result}");
                    results[variant.Name].Add(result);
                }
            }

            Print(results);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<StartResult> MeasureAsync(Variant variant, int concurrency, TimeSpan duration)
    {
        var (suite, healthy) = await StartAsync(variant);
        await using (suite)
        {
            await Task.Delay(TimeSpan.FromSeconds(20)); // start-up work settles: migrations, JIT, the first consumers
            var idle = SuiteMemory.Measure("suite", suite.Processes());

            using var admin = BenchTokens.Client(suite.SigningKeyPath, suite.Gateway, "admin");
            var department = $"bench-{Guid.NewGuid().ToString("N")[..8]}";
            (await admin.PostAsJsonAsync("/api/organisation/departments", new { code = department, name = "Bench" })).EnsureSuccessStatusCode();
            using var widget = GatewayScenario.Client(suite.Gateway, token: null);
            widget.DefaultRequestHeaders.Add("X-Api-Key", await GatewayScenario.CreateKeyAsync(admin, department));
            Task<bool> Send(int worker, long i, CancellationToken ct) => PostAsync(widget, department, ct);
            await LoadRun.RunAsync("warm-up", concurrency, TimeSpan.FromSeconds(10), Send);

            var gateway = suite.GatewayProcess();
            var cpuBefore = ProcessTree.CpuTime(gateway) ?? TimeSpan.Zero;
            var load = await LoadRun.RunAsync(variant.Name, concurrency, duration, Send);
            var cpu = (ProcessTree.CpuTime(gateway) ?? TimeSpan.Zero) - cpuBefore;
            return new StartResult(healthy, idle.ProportionalBytes, load, cpu.TotalMicroseconds / Math.Max(1, load.Succeeded + load.Failed));
        }
    }

    private static Task<(SuiteProcess, TimeSpan)> StartAsync(Variant variant) =>
        SuiteProcess.StartAsync(variant.Root, variant.DataDirectory, 45_100, variant.Environment, ["--Environment=Production", .. variant.Arguments]);

    private static async Task<bool> PostAsync(HttpClient client, string department, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync("/api/feedback",
            new { channel = "web", departmentCode = department, csat = 4, nps = 8, comment = "客服态度很好，问题很快就解决了。The agent was friendly and fast!" }, cancellationToken);
        return response.StatusCode == System.Net.HttpStatusCode.Created;
    }

    private static void Print(Dictionary<string, List<StartResult>> results)
    {
        Console.WriteLine();
        Console.WriteLine("| variant | starts | all healthy after (s) | idle PSS (MiB) | intake via gateway (req/s) | p99 (ms) | gateway CPU per request (µs) |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (name, runs) in results)
        {
            var merged = LoadResult.Merge(name, [.. runs.Select(r => r.Intake)]);
            Console.WriteLine($"| {name} | {runs.Count} | {string.Join(" / ", runs.Select(r => r.Healthy.TotalSeconds.ToString("F1")))} | " +
                              $"{string.Join(" / ", runs.Select(r => (r.IdleBytes / 1048576.0).ToString("F0")))} | {merged.RequestsPerSecond:F0} | {merged.Percentile(99):F1} | " +
                              $"{runs.Average(r => r.GatewayMicrosecondsPerRequest):F0} |");
        }

        var before = results.First();
        foreach (var (name, runs) in results.Skip(1))
        {
            var ratio = LoadResult.Merge(name, [.. runs.Select(r => r.Intake)]).RequestsPerSecond / LoadResult.Merge(before.Key, [.. before.Value.Select(r => r.Intake)]).RequestsPerSecond;
            var cpu = runs.Average(r => r.GatewayMicrosecondsPerRequest) / before.Value.Average(r => r.GatewayMicrosecondsPerRequest);
            Console.WriteLine($"{name} against {before.Key}: throughput ×{ratio:F3} (target ≥ 0.90), gateway CPU per request ×{cpu:F3} (target ≤ 1.10)");
        }
    }

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second) =>
        first.Concat(second).ToDictionary(pair => pair.Key, pair => pair.Value);

    private sealed record Variant(string Name, string Root, string DataDirectory, IReadOnlyDictionary<string, string> Environment, string[] Arguments);

    private sealed record StartResult(TimeSpan Healthy, long IdleBytes, LoadResult Intake, double GatewayMicrosecondsPerRequest)
    {
        public override string ToString() =>
            $"healthy after {Healthy.TotalSeconds:F1} s, idle {IdleBytes / 1048576.0:F0} MiB PSS, {Report.Line(Intake)}, gateway {GatewayMicrosecondsPerRequest:F0} µs CPU per request";
    }
}
