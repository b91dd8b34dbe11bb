using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace ServiceExcellence.EndToEnd.Tests;

/// <summary>
/// The goal cycle through the gateway: feedback → Reporting → Goals' KPI and alert → escalation on the contingency
/// clock → recovery → Reporting's scorecard with target, actual, deviation and status.
/// </summary>
[Collection(GoalLoopSuiteCollection.Name)]
public sealed class GoalLoopTests(GoalLoopSuite suite, ITestOutputHelper output)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Detractor_feedback_opens_a_critical_alert_that_escalates_after_4_hours_and_promoter_feedback_resolves_it_after_a_cadence()
    {
        var clock = Stopwatch.StartNew();
        var admin = await suite.ClientAsAsync("e2e-admin", ["admin"]);
        var parent = await RegisterAsync(admin, "region", null);
        var child = await RegisterAsync(admin, "branch", parent);
        (await admin.PostAsJsonAsync("/api/organisation/staff", new { id = "owner-" + child, name = "负责人 Owner", departmentCode = child }))
            .EnsureSuccessStatusCode();
        await Until(() => KnownAsync(admin, "/api/feedback/departments", child), known => known, "the branch known to Feedback");
        await Until(() => KnownAsync(admin, "/api/reports/departments", child), known => known, "the branch known to Reporting");
        var year = DateTime.UtcNow.Year;
        var goal = await ReadAsync(await admin.PostAsJsonAsync("/api/goals", new
        {
            title = "提升推荐值 Raise NPS", description = "Branch NPS to 40", category = "satisfaction", departmentCode = child,
            ownerId = "owner-" + child, strategyLink = "Strategy §1", periodStart = $"{year}-01-01", periodEnd = $"{year}-12-31",
            kpis = new[]
            {
                new
                {
                    metric = "nps", kind = "result", direction = "increase", unit = "nps", baseline = 0, target = 40,
                    warningThreshold = 20, criticalThreshold = 0, cadence = "daily", warningRule = "threshold", minimumSample = 5,
                },
            },
        }), HttpStatusCode.Created);
        var goalId = goal.GetProperty("id").GetGuid();
        output.WriteLine($"organisation and goal ready after {clock.Elapsed.TotalSeconds:F1} s");

        // Six detractors: NPS −100, past the critical threshold. Reporting must have them before Goals pulls.
        await SubmitAsync(admin, child, nps: 0, count: 6);
        await Until(() => NpsAsync(admin, child), nps => nps.SampleSize == 6, "Reporting's NPS over the six detractors");
        await RefreshAsync(admin, goalId);
        var alert = await SingleAlertAsync(admin, child);
        Assert.Equal(("critical", "open"), (alert.GetProperty("severity").GetString(), alert.GetProperty("state").GetString()));
        output.WriteLine($"critical alert open after {clock.Elapsed.TotalSeconds:F1} s");

        // Unacknowledged for 4 hours: escalated to the parent department.
        var advanced = await ReadAsync(await admin.PostAsJsonAsync("/api/goals/testing/clock/advance", new { hours = 4.05 }), HttpStatusCode.OK);
        Assert.True(advanced.GetProperty("escalated").GetInt32() >= 1);
        var escalated = await SingleAlertAsync(admin, child);
        Assert.Equal((true, parent), (escalated.GetProperty("escalated").GetBoolean(), escalated.GetProperty("escalatedTo").GetString()));
        await Until(() => ScorecardAsync(admin, child, year), card => card.GetProperty("openAlerts").EnumerateArray()
            .Any(a => a.GetProperty("state").GetString() == "escalated" && a.GetProperty("escalatedTo").GetString() == parent),
            "the escalated alert on Reporting's scorecard");

        // Thirty promoters: NPS (30 − 6) / 36 ≈ 66.7, on track; after one full daily cadence on the good side it resolves.
        await SubmitAsync(admin, child, nps: 10, count: 30);
        await Until(() => NpsAsync(admin, child), nps => nps.SampleSize == 36, "Reporting's NPS with the promoters");
        Assert.Equal("on-track", KpiStatus(await RefreshAsync(admin, goalId)));
        await ReadAsync(await admin.PostAsJsonAsync("/api/goals/testing/clock/advance", new { hours = 24.05 }), HttpStatusCode.OK);
        Assert.Equal("on-track", KpiStatus(await RefreshAsync(admin, goalId)));
        var resolved = await SingleAlertAsync(admin, child);
        Assert.Equal(("resolved", true), (resolved.GetProperty("state").GetString(), resolved.GetProperty("resolvedAutomatically").GetBoolean()));

        // Reporting's scorecard: target, actual, deviation (actual − target) and Goals' status; no open alert left.
        var card = await Until(() => ScorecardAsync(admin, child, year), c =>
            MetricOf(c, "nps").GetProperty("status").GetString() == "on-track" && c.GetProperty("openAlerts").GetArrayLength() == 0,
            "the scorecard with the KPI on track and no open alert");
        var nps = MetricOf(card, "nps");
        var actual = 100.0 * (30 - 6) / 36;
        Assert.Equal(40.0, nps.GetProperty("target").GetDouble());
        Assert.Equal(actual, nps.GetProperty("actual").GetDouble(), 9);
        Assert.Equal(actual - 40, nps.GetProperty("deviation").GetDouble(), 9);
        Assert.Equal("increase", nps.GetProperty("direction").GetString());
        Assert.Equal(goalId, Assert.Single(card.GetProperty("goals").EnumerateArray()).GetProperty("goalId").GetGuid());
        output.WriteLine($"loop closed after {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task<string> RegisterAsync(HttpClient admin, string stem, string? parentCode)
    {
        var code = $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";
        (await admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = code, parentCode })).EnsureSuccessStatusCode();
        return code;
    }

    /// <summary>
    /// Entries dated 8 hours back: Reporting counts days in Shanghai time (UTC+8) and Goals asks up to its own UTC
    /// "today", so the entries fall on a day both include at any hour of the test.
    /// </summary>
    private static async Task SubmitAsync(HttpClient client, string department, int nps, int count)
    {
        var occurredAt = DateTimeOffset.UtcNow.AddHours(-8);
        var entries = Enumerable.Range(0, count).Select(_ => new { channel = "web", departmentCode = department, nps, occurredAt }).ToArray();
        var result = await ReadAsync(await client.PostAsJsonAsync("/api/feedback/batch", new { entries }), HttpStatusCode.OK);
        Assert.Equal(count, result.GetProperty("accepted").GetInt32());
    }

    private static async Task<bool> KnownAsync(HttpClient client, string route, string code) =>
        (await client.GetFromJsonAsync<JsonElement>(route)).EnumerateArray().Any(d => d.GetProperty("code").GetString() == code);

    private static async Task<(double? Value, long SampleSize)> NpsAsync(HttpClient client, string department)
    {
        var json = await client.GetFromJsonAsync<JsonElement>($"/api/reports/metrics/nps?departmentCode={department}&period={DateTime.UtcNow.Year}");
        var value = json.GetProperty("value");
        return (value.ValueKind == JsonValueKind.Null ? null : value.GetDouble(), json.GetProperty("sampleSize").GetInt64());
    }

    private static async Task<JsonElement> RefreshAsync(HttpClient client, Guid goal) =>
        await ReadAsync(await client.PostAsync($"/api/goals/{goal}/refresh", null), HttpStatusCode.OK);

    private static string? KpiStatus(JsonElement goal) => goal.GetProperty("kpis")[0].GetProperty("status").GetString();

    private static async Task<JsonElement> SingleAlertAsync(HttpClient client, string department) =>
        Assert.Single((await client.GetFromJsonAsync<JsonElement>($"/api/goals/alerts?departmentCode={department}"))
            .GetProperty("items").EnumerateArray());

    private static Task<JsonElement> ScorecardAsync(HttpClient client, string department, int year) =>
        client.GetFromJsonAsync<JsonElement>($"/api/reports/scorecards/{department}?period={year}");

    private static JsonElement MetricOf(JsonElement card, string metric) =>
        card.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == metric);

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(deadline.Elapsed < Within, $"waited {Within.TotalSeconds} s for {what}");
            await Task.Delay(100);
        }
    }
}
