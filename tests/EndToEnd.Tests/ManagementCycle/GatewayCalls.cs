using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ServiceExcellence.EndToEnd.Tests.ManagementCycle;

/// <summary>The calls through the gateway that the goal loop and the management cycle share, and a bounded wait.</summary>
internal static class GatewayCalls
{
    public static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    /// <summary>Registers a department with a unique code under <paramref name="parentCode"/>; returns the code.</summary>
    public static async Task<string> RegisterAsync(this HttpClient admin, string stem, string? parentCode)
    {
        var code = $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";
        await ReadAsync(await admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = code, parentCode }), HttpStatusCode.Created);
        return code;
    }

    /// <summary>Waits until the event-fed department copy at <paramref name="route"/> lists <paramref name="code"/>.</summary>
    public static Task WaitUntilKnownAsync(this HttpClient client, string route, string code) =>
        Until(async () => (await client.GetFromJsonAsync<JsonElement>(route)).EnumerateArray().Any(d => d.GetProperty("code").GetString() == code),
            known => known, $"department {code} in {route}");

    /// <summary>
    /// <paramref name="count"/> entries with the same NPS answer in one batch, given now: Goals and Reporting cut days in
    /// the one organisation calendar, so today's entries are in what Goals asks Reporting for at any hour.
    /// </summary>
    public static async Task SubmitAsync(this HttpClient client, string department, int nps, int count, string channel = "web", string? comment = null)
    {
        var entries = Enumerable.Range(0, count).Select(_ => new { channel, departmentCode = department, nps, comment }).ToArray();
        var result = await ReadAsync(await client.PostAsJsonAsync("/api/feedback/batch", new { entries }), HttpStatusCode.OK);
        Assert.Equal(count, result.GetProperty("accepted").GetInt32());
    }

    /// <summary>Reporting's value and sample size of <paramref name="metric"/> in the department this year.</summary>
    public static async Task<(double? Value, long SampleSize)> MetricAsync(this HttpClient client, string metric, string department)
    {
        var json = await client.GetFromJsonAsync<JsonElement>($"/api/reports/metrics/{metric}?departmentCode={department}&period={DateTime.UtcNow.Year}");
        var value = json.GetProperty("value");
        return (value.ValueKind == JsonValueKind.Null ? null : value.GetDouble(), json.GetProperty("sampleSize").GetInt64());
    }

    public static async Task<JsonElement> RefreshAsync(this HttpClient client, Guid goal) =>
        await ReadAsync(await client.PostAsync($"/api/goals/{goal}/refresh", null), HttpStatusCode.OK);

    /// <summary>The status of the goal's KPI on <paramref name="metric"/>.</summary>
    public static string? KpiStatus(JsonElement goal, string metric = "nps") => KpiOf(goal, metric).GetProperty("status").GetString();

    public static JsonElement KpiOf(JsonElement goal, string metric) =>
        goal.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("metric").GetString() == metric);

    public static async Task<JsonElement> SingleAlertAsync(this HttpClient client, string department) =>
        Assert.Single((await client.GetFromJsonAsync<JsonElement>($"/api/goals/alerts?departmentCode={department}"))
            .GetProperty("items").EnumerateArray());

    /// <summary>Moves a service's test clock (<c>goals</c> or <c>audits</c>) forward; the answer says what its jobs did.</summary>
    public static async Task<JsonElement> AdvanceClockAsync(this HttpClient admin, string service, double hours) =>
        await ReadAsync(await admin.PostAsJsonAsync($"/api/{service}/testing/clock/advance", new { hours }), HttpStatusCode.OK);

    /// <summary>The body as JSON, after checking the status (the message names the request and the body otherwise).</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}, expected {(int)expected}: {body}");

        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Reads until <paramref name="done"/> holds, every 100 ms, for at most <see cref="Within"/>.</summary>
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(deadline.Elapsed < Within, $"waited {Within.TotalSeconds} s for {what}; last read: {value}");

            await Task.Delay(100);
        }
    }
}
