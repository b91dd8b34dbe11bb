using ServiceExcellence.Bench;
using ServiceExcellence.Bench.Platform;
using ServiceExcellence.Bench.Suite;

// eng/bench/run.sh intake [--concurrency 32] [--seconds 60] [--warmup 10]
// eng/bench/run.sh search [--rows 10000000] [--requests 50]
// eng/bench/run.sh reporting [--events 1000000] [--requests 200]
// eng/bench/run.sh gateway [--concurrency 32] [--seconds 60] [--rounds 3] [--warmup 15] [--paced-rate 300]
// eng/bench/run.sh suite [--step-seconds 15] [--lag-seconds 30] [--max-concurrency 256]
// eng/bench/run.sh platform --baseline DIR [--concurrency 32] [--seconds 20] [--rounds 2]   (DIR: a built git worktree of an earlier commit)
var scenario = args.FirstOrDefault() ?? "intake";
BenchSuite.Read(args); // --env NAME=VALUE, any scenario
int Option(string name, int fallback) =>
    Array.IndexOf(args, $"--{name}") is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;

switch (scenario)
{
    case "intake":
        var results = await IntakeScenario.RunAsync(Option("concurrency", 32), TimeSpan.FromSeconds(Option("seconds", 60)), TimeSpan.FromSeconds(Option("warmup", 10)));
        Report.Table(results);
        return 0;
    case "search":
        Report.Table(await SearchScenario.RunAsync(Option("rows", 10_000_000), Option("requests", 50)));
        return 0;
    case "reporting":
        Report.Table(await ReportingScenario.RunAsync(Option("events", 1_000_000), Option("requests", 200)));
        return 0;
    case "gateway":
        var overhead = await GatewayScenario.RunAsync(Option("concurrency", 32), TimeSpan.FromSeconds(Option("seconds", 60)), Option("rounds", 3), TimeSpan.FromSeconds(Option("warmup", 15)), Option("paced-rate", 300));
        Report.Table(overhead.Results);
        GatewayScenario.PrintOverhead(overhead);
        return 0;
    case "platform":
        var baseline = Array.IndexOf(args, "--baseline") is var b and >= 0 && b + 1 < args.Length ? Path.GetFullPath(args[b + 1]) : null;
        if (baseline is null || !File.Exists(Path.Combine(baseline, "AppHost", "bin", "Release", "net10.0", "AppHost.dll")))
        {
            Console.Error.WriteLine("platform needs --baseline DIR: a checkout of the commit to compare with, built with `dotnet build AppHost -c Release`");
            return 2;
        }

        await PlatformScenario.RunAsync(baseline, Option("concurrency", 32), TimeSpan.FromSeconds(Option("seconds", 20)), Option("rounds", 2));
        return 0;
    case "suite":
        await SuiteScenario.RunAsync(TimeSpan.FromSeconds(Option("step-seconds", 15)), TimeSpan.FromSeconds(Option("lag-seconds", 30)), Option("max-concurrency", 256));
        return 0;
    default:
        Console.Error.WriteLine($"unknown scenario '{scenario}'; known: intake, search, reporting, gateway, suite, platform");
        return 2;
}
