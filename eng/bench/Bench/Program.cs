using ServiceExcellence.Bench;
using ServiceExcellence.Bench.Suite;

// eng/bench/run.sh intake [--concurrency 32] [--seconds 60] [--warmup 10]
// eng/bench/run.sh search [--rows 10000000] [--requests 50]
// eng/bench/run.sh reporting [--events 1000000] [--requests 200]
// eng/bench/run.sh gateway [--concurrency 32] [--seconds 60] [--rounds 3] [--warmup 15] [--paced-rate 300]
// eng/bench/run.sh suite [--step-seconds 15] [--lag-seconds 30] [--max-concurrency 256]
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
    case "suite":
        await SuiteScenario.RunAsync(TimeSpan.FromSeconds(Option("step-seconds", 15)), TimeSpan.FromSeconds(Option("lag-seconds", 30)), Option("max-concurrency", 256));
        return 0;
    default:
        Console.Error.WriteLine($"unknown scenario '{scenario}'; known: intake, search, reporting, gateway, suite");
        return 2;
}
