using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace ServiceExcellence.Contracts.Clients;

/// <summary>
/// Typed client of Reporting's metric routes. The caller registers it with its base address, resilience pipeline and
/// credentials; a non-success status surfaces as <see cref="HttpRequestException"/>.
/// </summary>
public sealed class ReportingClient(HttpClient http)
{
    /// <summary>Series granularities Reporting accepts.</summary>
    public static readonly IReadOnlySet<string> Granularities = new HashSet<string>(StringComparer.Ordinal) { "day", "week", "month", "quarter" };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The metric's value for the department over <paramref name="from"/>..<paramref name="to"/>, both inclusive.</summary>
    public async Task<MetricValue> GetMetricAsync(
        string metric, string departmentCode, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var uri = $"api/reports/metrics/{Uri.EscapeDataString(metric)}?{Query(departmentCode, from, to)}";
        return await GetAsync<MetricValue>(uri, cancellationToken);
    }

    /// <summary>The metric per <paramref name="granularity"/> (<c>day</c>, <c>week</c>, <c>month</c>, <c>quarter</c>).</summary>
    public async Task<MetricSeries> GetSeriesAsync(
        string metric, string departmentCode, DateOnly from, DateOnly to, string granularity, CancellationToken cancellationToken)
    {
        if (!Granularities.Contains(granularity))
        {
            throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Use day, week, month or quarter.");
        }

        var uri = $"api/reports/metrics/{Uri.EscapeDataString(metric)}/series?{Query(departmentCode, from, to)}&granularity={granularity}";
        return await GetAsync<MetricSeries>(uri, cancellationToken);
    }

    private static string Query(string departmentCode, DateOnly from, DateOnly to) =>
        $"departmentCode={Uri.EscapeDataString(departmentCode)}" +
        $"&from={from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private async Task<T> GetAsync<T>(string uri, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(uri, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new HttpRequestException($"Reporting answered {uri} with an empty body.");
    }
}
