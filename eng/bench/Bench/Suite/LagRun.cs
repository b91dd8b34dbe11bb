using System.Diagnostics;

namespace ServiceExcellence.Bench.Suite;

/// <summary>
/// End-to-end lag: open-loop intake through the gateway at a fixed rate into a department of its own, while Reporting's
/// <c>feedback-volume</c> for that department is polled. The k-th entry accepted (by time of its 201) counts as
/// reflected when the volume first reaches k; lag is that poll's time minus the 201's. Poll interval bounds resolution.
/// </summary>
public static class LagRun
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(20);

    /// <summary>What one lag run measured; <c>Unreflected</c> entries were not in Reporting 60 s after the last 201.</summary>
    public sealed record Result(string Name, double TargetRate, LoadResult Intake, long Unreflected, double P50Ms, double P99Ms, double MaxMs);

    public static async Task<Result> RunAsync(string name, HttpClient widget, HttpClient reporting, string department, double rate, TimeSpan duration)
    {
        var accepted = new List<long>(); // Stopwatch timestamps of the 201s
        var observations = new List<(long At, long Volume)>();
        using var stopPolling = new CancellationTokenSource();
        var poller = Task.Run(async () =>
        {
            while (!stopPolling.IsCancellationRequested)
            {
                var volume = await ReportingVolume.OfAsync(reporting, department);
                lock (observations)
                {
                    observations.Add((Stopwatch.GetTimestamp(), volume));
                }

                await Task.Delay(PollEvery);
            }
        });

        var intake = await LoadRun.PacedAsync(name, rate, duration, (n, ct) => IntakeRamp.SendAsync(widget, department, n, ct), at =>
        {
            lock (accepted)
            {
                accepted.Add(at);
            }
        });

        var drained = Stopwatch.StartNew();
        while (drained.Elapsed < TimeSpan.FromSeconds(60) && LastVolume(observations) < accepted.Count)
        {
            await Task.Delay(PollEvery);
        }

        await stopPolling.CancelAsync();
        await poller;
        accepted.Sort();
        var lags = Lags(accepted, observations);
        return new Result(name, rate, intake, accepted.Count - lags.Succeeded, lags.Percentile(50), lags.Percentile(99), lags.Percentile(100));
    }

    private static long LastVolume(List<(long At, long Volume)> observations)
    {
        lock (observations)
        {
            return observations.Count == 0 ? 0 : observations[^1].Volume;
        }
    }

    private static LoadResult Lags(List<long> accepted, List<(long At, long Volume)> observations)
    {
        var lags = new List<double>(accepted.Count);
        var o = 0;
        for (var k = 0; k < accepted.Count; k++)
        {
            while (o < observations.Count && observations[o].Volume < k + 1)
            {
                o++;
            }

            if (o == observations.Count)
            {
                break; // not reflected within the drain time: counted as unreflected
            }

            lags.Add(Math.Max(0, Stopwatch.GetElapsedTime(accepted[k], observations[o].At).TotalMilliseconds));
        }

        var sorted = lags.ToArray();
        Array.Sort(sorted);
        return new LoadResult("lag", 0, TimeSpan.Zero, sorted.Length, 0, sorted);
    }
}
