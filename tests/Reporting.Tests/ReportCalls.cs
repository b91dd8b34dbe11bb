using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Reporting.Tests;

/// <summary>Reads reports as an analyst (or any caller) and picks out value and sample size.</summary>
internal static class ReportCalls
{
    public static HttpClient Analyst(this ReportingService service) => service.Factory.CreateClientAs("analyst", [Roles.Analyst]);

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static Task<JsonElement> MetricAsync(this HttpClient client, string metric, string? department, string from, string to) =>
        client.GetJsonAsync($"/api/reports/metrics/{metric}?from={from}&to={to}" + (department is null ? "" : $"&departmentCode={department}"));

    public static async Task<(double? Value, long SampleSize)> ValueAsync(this HttpClient client, string metric, string? department, string from, string to)
    {
        var json = await client.MetricAsync(metric, department, from, to);
        var value = json.GetProperty("value");
        return (value.ValueKind == JsonValueKind.Null ? null : value.GetDouble(), json.GetProperty("sampleSize").GetInt64());
    }

    public static Task<(double? Value, long SampleSize)> EventuallyAsync(
        this HttpClient client, string metric, string? department, string from, string to, Func<(double? Value, long SampleSize), bool> until) =>
        Eventually.MatchAsync(() => client.ValueAsync(metric, department, from, to), until, ReportingService.Within, $"{metric} of {department}");
}
