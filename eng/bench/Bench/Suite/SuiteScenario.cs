using System.Diagnostics;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Bench.Suite;

/// <summary>
/// The suite as users meet it (issue 8): startup to all healthy (first start and a restart on the same data), idle
/// memory, intake through the gateway at rising concurrency, end-to-end lag at 50 % and 90 % of the peak, loaded memory.
/// </summary>
public static class SuiteScenario
{
    public static async Task RunAsync(TimeSpan step, TimeSpan lagDuration, int maxConcurrency)
    {
        var data = Path.Combine(Path.GetTempPath(), $"serviceexcellence-bench-{Guid.NewGuid():N}");
        var sinceStart = Stopwatch.StartNew();
        var options = new SuiteAppOptions
        {
            // Each resource's progress with the time since the start began, to see where start-up time goes.
            Log = line => Console.WriteLine($"  [{sinceStart.Elapsed.TotalSeconds,5:F1} s] {line}"),
            Environment = "Development",
            DataDirectory = data,
            ProjectEnvironment = new Dictionary<string, string>
            {
                ["Gateway__RateLimits__IntakePerKey"] = "100000000",
                ["Gateway__RateLimits__PerClientAddress"] = "100000000",
                ["Gateway__RateLimits__StaffPerSubject"] = "100000000",
            },
        };
        try
        {
            Console.WriteLine("first start (creates the databases and the broker's data) …");
            var first = Stopwatch.StartNew();
            sinceStart.Restart();
            await (await BenchSuite.StartAsync(options)).DisposeAsync();
            var firstStart = first.Elapsed; // includes the stop; reported as an upper bound
            Console.WriteLine($"first start and stop: {firstStart.TotalSeconds:F1} s");

            Console.WriteLine("start on existing data (as eng/run.sh does after its first run) …");
            var warm = Stopwatch.StartNew();
            sinceStart.Restart();
            await using var suite = await BenchSuite.StartAsync(options);
            var warmStart = warm.Elapsed;
            Console.WriteLine($"all healthy after {warmStart.TotalSeconds:F1} s");

            await Task.Delay(TimeSpan.FromSeconds(15)); // let start-up work (migrations, JIT, first consumers) settle
            var idle = SuiteMemory.Of(suite);
            PrintMemory("idle", idle);

            using var admin = BenchTokens.Client(suite.SigningKeyPath, suite.GatewayUrl, "admin");
            var department = await IntakeScenario.RegisterDepartmentAsync(suite);
            using var widget = GatewayScenario.Client(suite.GatewayUrl, token: null);
            widget.DefaultRequestHeaders.Add("X-Api-Key", await GatewayScenario.CreateKeyAsync(admin, department));
            var steps = await IntakeRamp.RunAsync(widget, department, step, maxConcurrency);
            var peak = IntakeRamp.Peak(steps);
            Console.WriteLine(peak is null ? "no step kept p99 ≤ 100 ms" : $"peak with p99 ≤ 100 ms: {peak.RequestsPerSecond:F0} req/s at c={peak.Concurrency}");

            var peakRate = peak?.RequestsPerSecond ?? steps[0].RequestsPerSecond;
            using var reporting = BenchTokens.Client(suite.SigningKeyPath, suite.ServiceUrls["reporting"], "admin");
            // The last ramp step is past the bound on purpose; what it queued must be consumed before lag means anything.
            await ReportingVolume.SettleAsync(reporting, department);
            var lags = new List<LagRun.Result>();
            IReadOnlyList<ResourceMemory>? loaded = null;
            foreach (var share in new[] { 0.5, 0.9 })
            {
                var lagDepartment = await IntakeScenario.RegisterDepartmentAsync(suite);
                using var lagWidget = GatewayScenario.Client(suite.GatewayUrl, token: null);
                lagWidget.DefaultRequestHeaders.Add("X-Api-Key", await GatewayScenario.CreateKeyAsync(admin, lagDepartment));
                var memoryDuringLoad = Task.Delay(lagDuration / 2).ContinueWith(_ => SuiteMemory.Of(suite), TaskScheduler.Default);
                var result = await LagRun.RunAsync($"lag at {share:P0} of peak", lagWidget, reporting, lagDepartment, peakRate * share, lagDuration);
                loaded = await memoryDuringLoad;
                Console.WriteLine($"{Report.Line(result.Intake)} — unreflected {result.Unreflected}, lag p50 {result.P50Ms:F0} ms p99 {result.P99Ms:F0} ms max {result.MaxMs:F0} ms");
                lags.Add(result);
            }

            PrintMemory("loaded (during the 90 % lag run)", loaded!);
            PrintTable(warmStart, steps, peak, lags, idle, loaded!);
        }
        finally
        {
            DeleteQuietly(data);
        }
    }

    private static void PrintMemory(string when, IReadOnlyList<ResourceMemory> memory)
    {
        Console.WriteLine($"memory, {when}:");
        foreach (var resource in memory.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {resource.Name,-12} PSS {Mib(resource.ProportionalBytes),7:F0} MiB   RSS {Mib(resource.ResidentBytes),7:F0} MiB");
        }

        Console.WriteLine($"  {"whole suite",-12} PSS {Mib(memory.Sum(m => m.ProportionalBytes)),7:F0} MiB   RSS {Mib(memory.Sum(m => m.ResidentBytes)),7:F0} MiB");
    }

    private static void PrintTable(TimeSpan warmStart, IReadOnlyList<LoadResult> steps, LoadResult? peak, IReadOnlyList<LagRun.Result> lags,
        IReadOnlyList<ResourceMemory> idle, IReadOnlyList<ResourceMemory> loaded)
    {
        Console.WriteLine();
        Console.WriteLine("| gateway intake step | req/s | p50 ms | p99 ms | failed |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var s in steps)
        {
            Console.WriteLine($"| c={s.Concurrency} | {s.RequestsPerSecond:F0} | {s.Percentile(50):F1} | {s.Percentile(99):F1} | {s.Failed} |");
        }

        Console.WriteLine();
        Console.WriteLine("| figure | measured | target |");
        Console.WriteLine("| --- | --- | --- |");
        Console.WriteLine($"| peak intake via gateway, p99 ≤ 100 ms | {(peak is null ? "none" : $"{peak.RequestsPerSecond:F0}/s (c={peak.Concurrency}, p99 {peak.Percentile(99):F1} ms)")} | ≥ 1,500/s |");
        foreach (var lag in lags)
        {
            Console.WriteLine($"| {lag.Name} ({lag.Intake.RequestsPerSecond:F0}/s, {lag.Intake.Failed} failed, {lag.Unreflected} unreflected): lag p50 / p99 | {lag.P50Ms:F0} / {lag.P99Ms:F0} ms | p99 ≤ 1,000 ms at 50 % |");
        }

        Console.WriteLine($"| startup to all healthy (existing data) | {warmStart.TotalSeconds:F1} s | ≤ 30 s |");
        Console.WriteLine($"| whole suite idle, PSS (RSS) | {Mib(idle.Sum(m => m.ProportionalBytes)):F0} ({Mib(idle.Sum(m => m.ResidentBytes)):F0}) MiB | ≤ 1,536 MiB |");
        Console.WriteLine($"| whole suite loaded, PSS (RSS) | {Mib(loaded.Sum(m => m.ProportionalBytes)):F0} ({Mib(loaded.Sum(m => m.ResidentBytes)):F0}) MiB | |");
    }

    private static double Mib(long bytes) => bytes / 1024.0 / 1024.0;

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"could not delete {directory}: {ex.Message}");
        }
    }
}
