using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace ServiceExcellence.EndToEnd.Tests.Authorization;

/// <summary>
/// The records the matrix calls routes on, made by an admin through the gateway: department "in" (with a staff member,
/// feedback, a complaint, surveys, a standard, an audit, a nonconformity with an action, a goal and a staff assessment)
/// and department "out", which only the out-callers belong to.
/// </summary>
public sealed class MatrixWorld
{
    private static readonly string[] CopyRoutes =
        ["/api/feedback/departments", "/api/audits/departments", "/api/reports/departments", "/api/gateway/departments"];

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string In => _values["in"];

    public string Out => _values["out"];

    public string Owner => _values["owner"];

    /// <summary>The API keys of the intake callers: one bound to the department under test, one to the other.</summary>
    public string KeyIn => _values["key-in"];

    public string KeyOut => _values["key-out"];

    public static string Unique(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The path with <c>{name}</c> placeholders replaced by this world's codes and ids.</summary>
    public string Resolve(string path) => _values.Aggregate(path, (p, v) => p.Replace("{" + v.Key + "}", v.Value, StringComparison.Ordinal));

    public static async Task<MatrixWorld> CreateAsync(HttpClient admin)
    {
        var world = new MatrixWorld();
        var values = world._values;
        values["in"] = Unique("mx-in");
        values["out"] = Unique("mx-out");
        values["owner"] = Unique("mx-owner");
        await PostAsync(admin, "/api/organisation/departments", new { code = world.In, name = "矩阵 Matrix in" });
        await PostAsync(admin, "/api/organisation/departments", new { code = world.Out, name = "矩阵 Matrix out" });
        await PostAsync(admin, "/api/organisation/staff", new { id = world.Owner, name = "负责人 Owner", departmentCode = world.In });
        await WaitUntilKnownAsync(admin, [world.In, world.Out]);

        values["key-in"] = (await PostAsync(admin, "/api/gateway/api-keys", world.ApiKey(world.In))).GetProperty("key").GetString()!;
        values["key-out"] = (await PostAsync(admin, "/api/gateway/api-keys", world.ApiKey(world.Out))).GetProperty("key").GetString()!;
        values["apikey"] = Id(await PostAsync(admin, "/api/gateway/api-keys", world.ApiKey(world.In)));
        await PostAsync(admin, "/api/feedback", world.Feedback());
        values["complaint"] = Id(await PostAsync(admin, "/api/complaints", world.Complaint()));
        values["kano"] = Id(await PostAsync(admin, "/api/surveys/kano", world.KanoStudy()));
        values["servqual"] = Id(await PostAsync(admin, "/api/surveys/servqual/responses", world.ServqualResponse()));
        var standard = await PostAsync(admin, "/api/audits/standards", world.Standard(Unique("MX-SOP")));
        values["standard"] = standard.GetProperty("code").GetString()!;
        values["item"] = standard.GetProperty("items")[0].GetProperty("id").GetString()!;
        values["audit"] = Id(await PostAsync(admin, "/api/audits", world.Audit()));
        values["nc"] = Id(await PostAsync(admin, "/api/audits/nonconformities", world.Nonconformity()));
        values["action"] = Id(await PostAsync(admin, "/api/audits/corrective-actions", world.CorrectiveAction("nc")));

        // A second nonconformity without an action, for the matrix's own "plan an action" row.
        values["nc2"] = Id(await PostAsync(admin, "/api/audits/nonconformities", world.Nonconformity()));
        await PostAsync(admin, "/api/audits/staff-assessments", world.StaffAssessment());
        var goal = await PostAsync(admin, "/api/goals", world.Goal());
        values["goal"] = Id(goal);
        // The response's KPI order is not the request's: pick them by metric.
        string KpiId(string metric) => goal.GetProperty("kpis").EnumerateArray()
            .Single(k => k.GetProperty("metric").GetString() == metric).GetProperty("id").GetString()!;
        values["kpi-csat"] = KpiId("csat");
        values["kpi"] = KpiId("manual:mystery-calls");

        // A manual measurement past the critical threshold opens an alert for the alert rows.
        await PostAsync(admin, world.Resolve("/api/goals/{goal}/kpis/{kpi}/measurements"), new { value = 5, observedAt = DateTimeOffset.UtcNow });
        var alerts = await admin.GetFromJsonAsync<JsonElement>(world.Resolve("/api/goals/alerts?departmentCode={in}"));
        values["alert"] = alerts.GetProperty("items")[0].GetProperty("id").GetString()!;
        return world;
    }

    public object ApiKey(string department) =>
        new { name = Unique("mx-widget"), departments = new[] { department }, allowedOrigins = Array.Empty<string>() };

    public object Feedback() => new { channel = "web", departmentCode = In, nps = 9, comment = "服务很好 great service" };

    public object Complaint() => new { channel = "call-centre", departmentCode = In, customerRef = "c-1", summary = "等待太久 waited too long", severity = "high" };

    public object KanoStudy() => new { name = "自助服务 Self-service", departmentCode = In, features = new[] { "app-booking", "live-chat" } };

    public object KanoResponse() => new
    {
        answers = new[]
        {
            new { feature = "app-booking", functional = "like", dysfunctional = "dislike" },
            new { feature = "live-chat", functional = "neutral", dysfunctional = "live-with" },
        },
    };

    public object ServqualResponse() => new
    {
        departmentCode = In,
        expectations = Enumerable.Repeat(6, 22).ToArray(),
        perceptions = Enumerable.Repeat(5, 22).ToArray(),
        weights = new { tangibles = 10, reliability = 30, responsiveness = 20, assurance = 20, empathy = 20 },
    };

    public object Standard(string code) => new
    {
        code,
        title = "前台接待 Front desk",
        departmentCode = In,
        passMark = 80,
        items = new[] { new { text = "Greets the customer 主动问候", weight = 2.0, critical = true } },
    };

    public object Audit() => new
    {
        standardCode = _values["standard"],
        departmentCode = In,
        kind = "internal",
        auditorId = "auditor-matrix",
        conductedAt = DateTimeOffset.UtcNow.AddHours(-1),
        results = new[] { new { itemId = _values["item"], outcome = "pass" } },
    };

    public object Nonconformity() => new { departmentCode = In, description = "候诊时间过长 waiting too long", source = "manual", critical = false };

    public object CorrectiveAction(string nonconformity) => new
    {
        nonconformityId = _values[nonconformity],
        ownerId = Owner,
        dueDate = DateTimeOffset.UtcNow.AddDays(30).ToString("O"),
        plan = "增加窗口 open two more counters",
    };

    public object StaffAssessment() => new { staffId = Owner, departmentCode = In, period = $"{DateTime.UtcNow.Year}-Q1", serviceAwarenessScore = 82 };

    /// <summary>A SMART goal with a CSAT KPI tracked from Reporting and a manual KPI its owner measures by hand.</summary>
    public object Goal() => GoalBody(null, null);

    /// <summary>The same goal as an adjustment: every existing KPI named by its id.</summary>
    public object GoalAdjustment() => GoalBody(_values["kpi-csat"], _values["kpi"]);

    private object GoalBody(string? csatKpiId, string? manualKpiId) => new
    {
        title = "提升客户满意度 Raise CSAT",
        description = "CSAT from 80 % to 90 %",
        category = "satisfaction",
        departmentCode = In,
        ownerId = Owner,
        strategyLink = "Strategy §3",
        periodStart = $"{DateTime.UtcNow.Year + 1}-01-01",
        periodEnd = $"{DateTime.UtcNow.Year + 1}-12-31",
        kpis = new object[]
        {
            new
            {
                id = csatKpiId, metric = "csat", kind = "result", direction = "increase", unit = "%", baseline = 80, target = 90,
                warningThreshold = 85, criticalThreshold = 80, cadence = "weekly",
            },
            new
            {
                id = manualKpiId, metric = "manual:mystery-calls", kind = "process", direction = "increase", unit = "calls", baseline = 10,
                target = 20, warningThreshold = 15, criticalThreshold = 12, cadence = "monthly",
            },
        },
    };

    private static string Id(JsonElement created) => created.GetProperty("id").ToString();

    private static async Task<JsonElement> PostAsync(HttpClient admin, string path, object body)
    {
        using var response = await admin.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Setting up the matrix: POST {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task WaitUntilKnownAsync(HttpClient admin, string[] codes)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var route in CopyRoutes)
        {
            while (true)
            {
                var known = await admin.GetFromJsonAsync<JsonElement>(route);
                var found = known.EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToHashSet();
                if (codes.All(found.Contains))
                {
                    break;
                }

                Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), $"{route} did not learn of the matrix departments within 30 s");
                await Task.Delay(100);
            }
        }
    }
}
