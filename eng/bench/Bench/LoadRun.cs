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

    /// <summary>Several runs of one path as one: their requests and durations summed, their latencies pooled.</summary>
    public static LoadResult Merge(string name, IReadOnlyList<LoadResult> runs)
    {
        var latencies = runs.SelectMany(r => r.LatenciesMs).ToArray();
        Array.Sort(latencies);
        return new LoadResult(
            name, runs[0].Concurrency, TimeSpan.FromTicks(runs.Sum(r => r.Duration.Ticks)), runs.Sum(r => r.Succeeded), runs.Sum(r => r.Failed), latencies);
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

    /// <summary>
    /// An open-loop run: request n is sent at n / <paramref name="rate"/> seconds whether or not earlier ones have
    /// answered, so latency is measured below saturation without the closed loop hiding queueing. At most
    /// <see cref="MaxInFlight"/> are outstanding; a send that would exceed it is counted as failed, not queued.
    /// <paramref name="succeededAt"/> receives the <see cref="Stopwatch"/> timestamp of each success.
    /// </summary>
    public static async Task<LoadResult> PacedAsync(
        string name, double rate, TimeSpan duration, Func<long, CancellationToken, Task<bool>> send, Action<long>? succeededAt = null) =>
        (await PacedAsync([name], rate, duration, (_, n, ct) => send(n, ct), succeededAt))[0];

    /// <summary>
    /// The same, with requests dealt round-robin to lanes (request n to lane n mod lanes), each lane measured apart: two
    /// ways of doing the same thing compared under the same conditions of the machine, moment by moment.
    /// </summary>
    public static async Task<LoadResult[]> PacedAsync(
        string[] lanes, double rate, TimeSpan duration, Func<int, long, CancellationToken, Task<bool>> send, Action<long>? succeededAt = null)
    {
        var latencies = lanes.Select(_ => new List<double>((int)(rate * duration.TotalSeconds / lanes.Length))).ToArray();
        var failed = new long[lanes.Length];
        var inFlight = 0;
        var sends = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = (long)(rate * duration.TotalSeconds);
        for (long i = 0; i < total; i++)
        {
            // Read the clock once: read twice, the wait could come out negative, and -1 ms means "forever" to Task.Delay.
            var wait = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var lane = (int)(i % lanes.Length);
            if (Volatile.Read(ref inFlight) >= MaxInFlight)
            {
                Interlocked.Increment(ref failed[lane]); // the system is not keeping up: do not queue without bound
                continue;
            }

            Interlocked.Increment(ref inFlight);
            var n = i;
            sends.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    if (await send(lane, n, CancellationToken.None))
                    {
                        var ended = Stopwatch.GetTimestamp();
                        succeededAt?.Invoke(ended);
                        lock (latencies[lane])
                        {
                            latencies[lane].Add(Stopwatch.GetElapsedTime(started, ended).TotalMilliseconds);
                        }
                    }
                    else
                    {
                        Interlocked.Increment(ref failed[lane]);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed[lane]);
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }
            }));
        }

        await Task.WhenAll(sends);
        var elapsed = clock.Elapsed;
        return [.. lanes.Select((name, lane) =>
        {
            var all = latencies[lane].ToArray();
            Array.Sort(all);
            return new LoadResult(name, Concurrency: 0, elapsed, all.Length, failed[lane], all);
        })];
    }

    public const int MaxInFlight = 2_000;
}
