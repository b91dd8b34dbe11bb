using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceExcellence.Goals.Api.Goals;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Goals.Tests.Goals;

/// <summary>Goal routes and bodies as the tests use them, with the suite's JSON conventions.</summary>
internal static class GoalCalls
{
    /// <summary>Registers a department (under <paramref name="parent"/>) and its manager as staff; returns the code and the staff id.</summary>
    public static async Task<(string Code, string OwnerId)> DepartmentWithOwnerAsync(HttpClient admin, string? parent = null)
    {
        var code = Unique.DepartmentCode("goals");
        (await admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = code, parentCode = parent })).EnsureSuccessStatusCode();
        var ownerId = "owner-" + code;
        (await admin.PostAsJsonAsync("/api/organisation/staff", new { id = ownerId, name = "负责人 Owner", departmentCode = code }))
            .EnsureSuccessStatusCode();
        return (code, ownerId);
    }

    /// <summary>A SMART goal body: CSAT from 80 to 90 % (warning 85, critical 80) over next year; tweak with <paramref name="change"/>.</summary>
    public static JsonObject Body(string departmentCode, string ownerId, Action<JsonObject>? change = null, string metric = "csat")
    {
        var year = DateTime.UtcNow.Year + 1;
        var body = new JsonObject
        {
            ["title"] = "提升客户满意度 Raise CSAT",
            ["description"] = "Call-centre CSAT from 80 % to 90 %",
            ["category"] = "satisfaction",
            ["departmentCode"] = departmentCode,
            ["ownerId"] = ownerId,
            ["strategyLink"] = "Strategy 2027 §3",
            ["periodStart"] = $"{year}-01-01",
            ["periodEnd"] = $"{year}-12-31",
            ["kpis"] = new JsonArray(Kpi(metric)),
        };
        change?.Invoke(body);
        return body;
    }

    public static JsonObject Kpi(string metric = "csat") => new()
    {
        ["metric"] = metric,
        ["kind"] = "result",
        ["direction"] = "increase",
        ["unit"] = "%",
        ["baseline"] = 80,
        ["target"] = 90,
        ["warningThreshold"] = 85,
        ["criticalThreshold"] = 80,
        ["cadence"] = "weekly",
    };

    public static JsonObject FirstKpi(this JsonObject body) => body["kpis"]![0]!.AsObject();

    public static async Task<GoalResponse> CreateOkAsync(this HttpClient client, JsonObject body) =>
        await (await client.PostAsJsonAsync("/api/goals", body)).ReadAsync<GoalResponse>(HttpStatusCode.Created);

    public static async Task<GoalResponse> GetGoalAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/goals/{id}")).ReadAsync<GoalResponse>(HttpStatusCode.OK);

}
