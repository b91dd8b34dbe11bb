using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ServiceExcellence.DemoData;

/// <summary>The suite's public API through the gateway, as an administrator with a development token.</summary>
public sealed class SuiteApi(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public static async Task<SuiteApi> SignInAsync(Uri gateway, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(100) };
        using var response = await http.PostAsJsonAsync("/api/auth/dev-token",
            new { sub = "demo-loader", roles = new[] { "admin" }, depts = Array.Empty<string>() }, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, "POST /api/auth/dev-token (Development only)", cancellationToken).ConfigureAwait(false);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false)).GetProperty("token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new SuiteApi(http);
    }

    public void Dispose() => http.Dispose();

    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, $"GET {path}", cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Null when the record does not exist (404).</summary>
    public async Task<JsonElement?> FindAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureAsync(response, $"GET {path}", cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every item of a paged list (pages of 200).</summary>
    public async Task<List<JsonElement>> ListAsync(string path, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var answer = await GetAsync($"{path}{separator}page={page}&pageSize=200", cancellationToken).ConfigureAwait(false);
            var pageItems = answer.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(pageItems);
            if (pageItems.Count < 200)
            {
                return items;
            }
        }
    }

    public Task<JsonElement> PostAsync(string path, object? body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body, null, cancellationToken);

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureAsync(response, $"{method} {path}", cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>POST that treats 409 as "already there" (natural keys such as department codes and staff ids).</summary>
    public async Task<bool> CreateOnceAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }

        await EnsureAsync(response, $"POST {path}", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A metric's value and sample size from Reporting.</summary>
    public async Task<(double? Value, long SampleSize)> MetricAsync(string metric, string? departmentCode, DemoCalendar calendar,
        CancellationToken cancellationToken)
    {
        var department = departmentCode is null ? "" : $"&departmentCode={departmentCode}";
        var answer = await GetAsync($"/api/reports/metrics/{metric}?from={calendar.Iso(calendar.Start)}&to={calendar.Iso(calendar.End)}{department}",
            cancellationToken).ConfigureAwait(false);
        var value = answer.GetProperty("value");
        return (value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null, answer.GetProperty("sampleSize").GetInt64());
    }

    /// <summary>Polls until the condition holds (e.g. a copy of the tree or a read model caught up), or fails after the timeout.</summary>
    public static async Task WaitUntilAsync(string what, Func<Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition().ConfigureAwait(false))
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}.");
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new HttpRequestException($"{what} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }
    }
}
