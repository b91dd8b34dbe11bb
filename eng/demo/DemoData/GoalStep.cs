using System.Text.Json;

namespace ServiceExcellence.DemoData;

/// <summary>
/// A year-long goal (NPS and CSAT KPIs) per top-level department starting with the demo months (natural key: department and title),
/// refreshed from Reporting once the feedback is counted, so the troubled department's goal opens a critical alert.
/// </summary>
internal static class GoalStep
{
    private const string Title = "提升客户推荐度 Raise NPS";

    public static async Task<int> LoadAsync(SuiteApi api, DemoCalendar calendar, Action<string> log, CancellationToken cancellationToken)
    {
        var created = 0;
        var goals = new List<string>();
        foreach (var department in DemoCatalogue.TopLevel)
        {
            var existing = (await api.ListAsync($"/api/goals?departmentCode={department.Code}", cancellationToken).ConfigureAwait(false))
                .FirstOrDefault(g => g.GetProperty("title").GetString() == Title && g.GetProperty("departmentCode").GetString() == department.Code);
            if (existing.ValueKind == JsonValueKind.Undefined)
            {
                existing = await api.PostAsync("/api/goals", Goal(department, calendar), cancellationToken).ConfigureAwait(false);
                created++;
            }

            goals.Add(existing.GetProperty("id").GetString()!);
        }

        foreach (var id in goals)
        {
            await api.PostAsync($"/api/goals/{id}/refresh", null, cancellationToken).ConfigureAwait(false);
        }

        log($"goals: {goals.Count} goals with NPS and CSAT KPIs ({created} new), refreshed from Reporting");
        return created;
    }

    /// <summary>NPS: the first month's is the baseline, 20 points more the target, 10 under the baseline critical. CSAT: the same for all.</summary>
    private static object Goal(DemoDepartment department, DemoCalendar calendar)
    {
        var baseline = department.MonthlyNps[0];
        return new
        {
            title = Title,
            description = $"NPS from {baseline} to {baseline + 20} within a year",
            category = "satisfaction",
            departmentCode = department.Code,
            ownerId = DemoCatalogue.OwnerOf(department.Code),
            strategyLink = "服务卓越战略 Service excellence strategy §2",
            periodStart = calendar.Iso(calendar.Start),
            periodEnd = calendar.Iso(calendar.Start.AddYears(1).AddDays(-1)),
            kpis = new[]
            {
                new
                {
                    metric = "nps", kind = "result", direction = "increase", unit = "points", baseline = (double)baseline,
                    target = baseline + 20.0, warningThreshold = baseline + 0.0, criticalThreshold = baseline - 10.0, cadence = "monthly",
                },
                // The share of CSAT 4–5 follows NPS (promoters answer 4–5): the same story on a second metric.
                new
                {
                    metric = "csat", kind = "result", direction = "increase", unit = "%", baseline = 55.0,
                    target = 85.0, warningThreshold = 60.0, criticalThreshold = 40.0, cadence = "weekly",
                },
            },
        };
    }
}
