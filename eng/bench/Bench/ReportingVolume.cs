using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.DemoData;

namespace ServiceExcellence.Bench;

/// <summary>Reporting's <c>feedback-volume</c> of one department this year: how many of its entries Reporting holds.</summary>
public static class ReportingVolume
{
    public static async Task<long> OfAsync(HttpClient reporting, string department)
    {
        var metric = await reporting.GetFromJsonAsync<JsonElement>(
            $"/api/reports/metrics/feedback-volume?departmentCode={department}&period={DemoCalendar.Today().Year}");
        return metric.GetProperty("value").ValueKind == JsonValueKind.Number ? (long)metric.GetProperty("value").GetDouble() : 0;
    }

    /// <summary>
    /// Waits until the volume of <paramref name="department"/> has stopped growing for 2 s (at most 2 minutes) and says
    /// how long that took: a run then starts on a quiet suite, not beside the backlog of the run before it.
    /// </summary>
    public static async Task<TimeSpan> SettleAsync(HttpClient reporting, string department)
    {
        var clock = Stopwatch.StartNew();
        var last = -1L;
        var unchangedSince = TimeSpan.Zero;
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var volume = await OfAsync(reporting, department);
            if (volume != last)
            {
                (last, unchangedSince) = (volume, clock.Elapsed);
            }
            else if (clock.Elapsed - unchangedSince >= TimeSpan.FromSeconds(2))
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        Console.WriteLine($"settled: Reporting held every entry {clock.Elapsed.TotalSeconds:F1} s after the last run");
        return clock.Elapsed;
    }
}
