using System.Diagnostics;

namespace ServiceExcellence.Bench;

/// <summary>What one load run measured: requests per second and latency percentiles of the successful requests.</summary>
public sealed record LoadResult(string Name, int Concurrency, TimeSpan Duration, long Succeeded, long Failed, double[] LatenciesMs)
{
    public double RequestsPerSecond => Succeeded / Duration.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }

        // Nearest-rank on the sorted samples: exact, no approximation.
        var rank = (int)Math.Ceiling(p / 100 * LatenciesMs.Length);
        return LatenciesMs[Math.Clamp(rank - 1, 0, LatenciesMs.Length - 1)];
    }
}

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> workers each send one request, wait for the answer and send the
/// next, for a fixed time. Bounded in time and count, and only ever aimed at this machine.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(
        string name, int concurrency, TimeSpan duration, Func<int, long, CancellationToken, Task<bool>> send)
    {
        using var stop = new CancellationTokenSource(duration);
        var samples = new List<double>[concurrency];
        var failed = 0L;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = samples[worker] = new List<double>(200_000 / concurrency);
            for (long i = 0; !stop.IsCancellationRequested; i++)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await send(worker, i, CancellationToken.None);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                if (ok)
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var all = samples.SelectMany(s => s).ToArray();
        Array.Sort(all);
        return new LoadResult(name, concurrency, elapsed, all.Length, failed, all);
    }
}
