namespace ServiceExcellence.Bench;

/// <summary>Prints results as a table, with the ratios between runs of one scenario.</summary>
public static class Report
{
    public static string Line(LoadResult r) =>
        $"{r.Name,-28} c={r.Concurrency,-4} {r.RequestsPerSecond,9:F0} req/s   p50 {r.Percentile(50),7:F2} ms   p99 {r.Percentile(99),7:F2} ms   ok {r.Succeeded,8}   failed {r.Failed,6}";

    public static void Table(IReadOnlyList<LoadResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"| run | concurrency | seconds | req/s | p50 ms | p99 ms | ok | failed |");
        Console.WriteLine($"| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Name} | {r.Concurrency} | {r.Duration.TotalSeconds:F0} | {r.RequestsPerSecond:F0} | {r.Percentile(50):F2} | {r.Percentile(99):F2} | {r.Succeeded} | {r.Failed} |");
        }

        if (results.Count == 2 && results.All(r => r.Name.StartsWith("intake", StringComparison.Ordinal)))
        {
            Console.WriteLine();
            Console.WriteLine($"throughput ratio {results[0].Name} / {results[1].Name}: {results[0].RequestsPerSecond / results[1].RequestsPerSecond:F3}");
            Console.WriteLine($"p99 ratio: {results[0].Percentile(99) / results[1].Percentile(99):F3}");
        }
    }
}
