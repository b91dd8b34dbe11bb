using System.Net;
using System.Net.Http.Json;

namespace ServiceExcellence.Bench.Suite;

/// <summary>
/// Closed-loop intake through the gateway (API key) at doubling concurrency until p99 passes the limit; the peak is
/// the best throughput among the steps whose p99 stayed within it.
/// </summary>
public static class IntakeRamp
{
    public const double P99LimitMs = 100;

    private static readonly string[] Comments =
    [
        "客服态度很好，问题很快就解决了，非常满意。The agent was friendly and fast!",
        "排队等了四十分钟，太慢了，希望改进。Waited forty minutes, far too slow.",
        "网点环境干净整洁，工作人员专业。Branch was clean and staff professional.",
        "快递延误三天，没有人通知我，不满意。Delivery was three days late, no notice.",
    ];

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(HttpClient widget, string department, TimeSpan step, int maxConcurrency)
    {
        await LoadRun.RunAsync("warm-up", 8, TimeSpan.FromSeconds(5), (w, i, ct) => SendAsync(widget, department, w + i, ct));
        var steps = new List<LoadResult>();
        for (var concurrency = 2; concurrency <= maxConcurrency; concurrency *= 2)
        {
            var result = await LoadRun.RunAsync($"gateway intake c={concurrency}", concurrency, step, (w, i, ct) => SendAsync(widget, department, w + i, ct));
            Console.WriteLine(Report.Line(result));
            steps.Add(result);
            if (result.Percentile(99) > P99LimitMs)
            {
                break;
            }
        }

        return steps;
    }

    /// <summary>The step with the most requests per second among those with p99 ≤ 100 ms, or null when none was.</summary>
    public static LoadResult? Peak(IReadOnlyList<LoadResult> steps) =>
        steps.Where(s => s.Percentile(99) <= P99LimitMs && s.Failed == 0).MaxBy(s => s.RequestsPerSecond);

    /// <summary>Posts one web entry; true when the gateway answered 201.</summary>
    public static async Task<bool> SendAsync(HttpClient widget, string department, long n, CancellationToken cancellationToken)
    {
        using var response = await widget.PostAsJsonAsync("/api/feedback", new
        {
            channel = n % 3 == 0 ? "call-centre" : "web",
            departmentCode = department,
            csat = (int)(n % 5) + 1,
            nps = (int)(n % 11),
            comment = Comments[n % Comments.Length],
        }, cancellationToken);
        return response.StatusCode == HttpStatusCode.Created;
    }
}
