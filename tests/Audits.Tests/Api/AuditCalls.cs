using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.Audits.Api.Audits;
using ServiceExcellence.Audits.Api.Nonconformities;
using ServiceExcellence.Audits.Api.Standards;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Audits.Tests.Api;

/// <summary>The Audits routes as tests call them, with the suite's JSON conventions.</summary>
internal static class AuditCalls
{
    public static object Item(string text, double weight, bool critical = false, string? servqualDimension = null) =>
        new { text, weight, critical, servqualDimension };

    public static string NewStandardCode() => "SOP-" + Guid.NewGuid().ToString("N")[..10];

    public static Task<HttpResponseMessage> PublishAsync(
        this HttpClient client, string code, string? departmentCode, double passMark, params object[] items) =>
        client.PostAsJsonAsync("/api/audits/standards", new { code, title = "前台接待 Front desk", departmentCode, passMark, items });

    public static async Task<StandardResponse> PublishOkAsync(
        this HttpClient client, string code, string? departmentCode, double passMark, params object[] items) =>
        await (await client.PublishAsync(code, departmentCode, passMark, items)).ReadAsync<StandardResponse>(HttpStatusCode.Created);

    public static object Result(Guid itemId, string outcome, string? note = null, string? evidenceUrl = null) =>
        new { itemId, outcome, note, evidenceUrl };

    public static Task<HttpResponseMessage> RecordAsync(
        this HttpClient client, StandardResponse standard, string departmentCode, IEnumerable<object> results,
        string kind = "internal", int? version = null, DateTimeOffset? conductedAt = null) =>
        client.PostAsJsonAsync("/api/audits", new
        {
            standardCode = standard.Code,
            standardVersion = version,
            departmentCode,
            kind,
            auditorId = "auditor-zhang",
            conductedAt = conductedAt ?? DateTimeOffset.UtcNow.AddHours(-1),
            results,
        });

    /// <summary>Records an audit answering the items, in order, with the outcomes given.</summary>
    public static async Task<AuditResponse> RecordOkAsync(
        this HttpClient client, StandardResponse standard, string departmentCode, params string[] outcomes) =>
        await (await client.RecordAsync(standard, departmentCode, standard.Items.Zip(outcomes, (i, o) => Result(i.Id, o))))
            .ReadAsync<AuditResponse>(HttpStatusCode.Created);

    public static async Task<NonconformityResponse> RaiseOkAsync(this HttpClient client, string departmentCode, Guid? kpiId = null) =>
        await (await client.PostAsJsonAsync("/api/audits/nonconformities", new
        {
            departmentCode,
            description = "候诊时间过长 waiting times above standard",
            source = "manual",
            kpiId,
            critical = true,
        })).ReadAsync<NonconformityResponse>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PlanAsync(this HttpClient client, Guid nonconformityId, string dueDate, string owner = "owner-li") =>
        client.PostAsJsonAsync("/api/audits/corrective-actions", new { nonconformityId, ownerId = owner, dueDate, plan = "增加窗口 open two more counters" });

    public static async Task<CorrectiveActionResponse> PlanOkAsync(this HttpClient client, Guid nonconformityId, DateTimeOffset dueAt) =>
        await (await client.PlanAsync(nonconformityId, dueAt.ToString("O"))).ReadAsync<CorrectiveActionResponse>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, Guid actionId, string step, object? body = null) =>
        client.PostAsJsonAsync($"/api/audits/corrective-actions/{actionId}/{step}", body ?? new { });

    public static async Task<CorrectiveActionResponse> ActOkAsync(this HttpClient client, Guid actionId, string step, object? body = null) =>
        await (await client.ActAsync(actionId, step, body)).ReadAsync<CorrectiveActionResponse>(HttpStatusCode.OK);

    /// <summary>Takes a planned action through start and complete to <c>done</c>.</summary>
    public static async Task<CorrectiveActionResponse> StartAndCompleteAsync(this HttpClient client, Guid actionId)
    {
        await client.ActOkAsync(actionId, "start");
        return await client.ActOkAsync(actionId, "complete", new { evidence = "两个新窗口已开 photos of the new counters" });
    }

    public static async Task<T> GetOkAsync<T>(this HttpClient client, string path) =>
        await (await client.GetAsync(path)).ReadAsync<T>(HttpStatusCode.OK);

    /// <summary>The messages of the problem's <c>errors</c> member for <paramref name="field"/> (asserting it is there).</summary>
    public static string[] ErrorsFor(this JsonElement problem, string field)
    {
        var messages = default(JsonElement);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out messages),
            $"The problem does not name '{field}': {problem}");
        return messages.EnumerateArray().Select(m => m.GetString()!).ToArray();
    }
}
