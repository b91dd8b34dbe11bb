using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Bench;

/// <summary>
/// Single-entry feedback intake straight to the Feedback service (60-character bilingual comment), first with comment
/// analysis on and then off, each on a freshly started suite, reported side by side with their ratio.
/// </summary>
public static class IntakeScenario
{
    private static readonly string[] Comments =
    [
        "客服态度很好，问题很快就解决了，非常满意。The agent was friendly and fast!",
        "排队等了四十分钟，太慢了，希望改进。Waited forty minutes, far too slow.",
        "网点环境干净整洁，工作人员专业。Branch was clean and staff professional.",
        "快递延误三天，没有人通知我，不满意。Delivery was three days late, no notice.",
    ];

    public static async Task<IReadOnlyList<LoadResult>> RunAsync(int concurrency, TimeSpan duration, TimeSpan warmUp)
    {
        var results = new List<LoadResult>();
        foreach (var analyse in new[] { true, false })
        {
            Console.WriteLine($"starting the suite (comment analysis {(analyse ? "on" : "off")}) …");
            await using var suite = await BenchSuite.StartAsync(new SuiteAppOptions
            {
                Environment = "Development",
                ProjectEnvironment = new Dictionary<string, string> { ["Feedback__Intake__AnalyseComments"] = analyse ? "true" : "false" },
            });
            using var client = BenchTokens.Client(suite.SigningKeyPath, suite.ServiceUrls["feedback"], "admin");
            var department = await RegisterDepartmentAsync(suite);

            Task<bool> Send(int worker, long i, CancellationToken ct) => PostAsync(client, department, Comments[(worker + i) % Comments.Length], ct);
            await LoadRun.RunAsync("warm-up", concurrency, warmUp, Send);
            using var reporting = BenchTokens.Client(suite.SigningKeyPath, suite.ServiceUrls["reporting"], "admin");
            await ReportingVolume.SettleAsync(reporting, department);
            var result = await LoadRun.RunAsync($"intake, analysis {(analyse ? "on" : "off")}", concurrency, duration, Send);
            Console.WriteLine(Report.Line(result));
            results.Add(result);
        }

        return results;
    }

    private static async Task<bool> PostAsync(HttpClient client, string department, string comment, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync("/api/feedback",
            new { channel = "web", departmentCode = department, csat = 4, nps = 8, comment }, cancellationToken);
        return response.StatusCode == System.Net.HttpStatusCode.Created;
    }

    /// <summary>Registers a department through the gateway and waits until the Feedback service has its copy.</summary>
    internal static async Task<string> RegisterDepartmentAsync(SuiteApp suite)
    {
        using var gateway = BenchTokens.Client(suite.SigningKeyPath, suite.GatewayUrl, "admin");
        var code = $"bench-{Guid.NewGuid():N}"[..20];
        (await gateway.PostAsJsonAsync("/api/organisation/departments", new { code, name = "基准测试 Benchmark" })).EnsureSuccessStatusCode();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var known = await gateway.GetFromJsonAsync<JsonElement>("/api/feedback/departments");
            if (known.EnumerateArray().Any(d => d.GetProperty("code").GetString() == code))
            {
                return code;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The Feedback service never learned of department '{code}'.");
    }
}
