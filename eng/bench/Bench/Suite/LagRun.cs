using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ServiceExcellence.Bench.Suite;

/// <summary>
/// End-to-end lag: open-loop intake through the gateway at a fixed rate into a department of its own, while Reporting's
/// <c>feedback-volume</c> for that department is polled. The k-th entry accepted (by time of its 201) counts as
/// reflected when the volume first reaches k; lag is that poll's time minus the 201's. Poll interval bounds resolution.
/// </summary>
public static class LagRun
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(20);
    private const int MaxInFlight = 2_000;

    /// <summary>What one lag run measured.</summary>
    public sealed record Result(string Name, double TargetRate, double AchievedRate, long Accepted, long Failed, long Skipped, double P50Ms, double P99Ms, double MaxMs);

    public static async Task<Result> RunAsync(string name, HttpClient widget, HttpClient reporting, string department, double rate, TimeSpan duration)
    {
        var accepted = new List<long>(); // Stopwatch timestamps of the 201s
        var failed = 0L;
        var skipped = 0L;
        var inFlight = 0;
        var sends = new List<Task>();
        var clock = Stopwatch.StartNew();
        var observations = new List<(long At, long Volume)>();
        using var stopPolling = new CancellationTokenSource();
        var poller = Task.Run(async () =>
        {
            while (!stopPolling.IsCancellationRequested)
            {
                var volume = await VolumeAsync(reporting, department);
                lock (observations)
                {
                    observations.Add((Stopwatch.GetTimestamp(), volume));
                }

                await Task.Delay(PollEvery);
            }
        });

        var total = (long)(rate * duration.TotalSeconds);
        for (long i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            if (Volatile.Read(ref inFlight) >= MaxInFlight)
            {
                skipped++; // the suite is not keeping up: the generator does not queue without bound
                continue;
            }

            Interlocked.Increment(ref inFlight);
            var n = i;
            sends.Add(Task.Run(async () =>
            {
                try
                {
                    if (await IntakeRamp.SendAsync(widget, department, n, CancellationToken.None))
                    {
                        var at = Stopwatch.GetTimestamp();
                        lock (accepted)
                        {
                            accepted.Add(at);
                        }
                    }
                    else
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }
            }));
        }

        await Task.WhenAll(sends);
        var sendingTook = clock.Elapsed;
        var drained = Stopwatch.StartNew();
        while (drained.Elapsed < TimeSpan.FromSeconds(60))
        {
            lock (observations)
            {
                if (observations.Count > 0 && observations[^1].Volume >= accepted.Count)
                {
                    break;
                }
            }

            await Task.Delay(PollEvery);
        }

        await stopPolling.CancelAsync();
        await poller;
        accepted.Sort();
        var lags = Lags(accepted, observations);
        return new Result(name, rate, accepted.Count / sendingTook.TotalSeconds, accepted.Count, failed, skipped,
            Percentile(lags, 50), Percentile(lags, 99), lags.Length == 0 ? double.NaN : lags[^1]);
    }

    private static double[] Lags(List<long> accepted, List<(long At, long Volume)> observations)
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
                break; // never reflected within the drain time: reported as missing by the caller's counts
            }

            lags.Add(Math.Max(0, Stopwatch.GetElapsedTime(accepted[k], observations[o].At).TotalMilliseconds));
        }

        var sorted = lags.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static async Task<long> VolumeAsync(HttpClient reporting, string department)
    {
        var metric = await reporting.GetFromJsonAsync<JsonElement>(
            $"/api/reports/metrics/feedback-volume?departmentCode={department}&period={DateTime.UtcNow.Year}");
        return metric.GetProperty("value").ValueKind == JsonValueKind.Number ? (long)metric.GetProperty("value").GetDouble() : 0;
    }
}
