using System.Text.Json;

namespace ServiceExcellence.DemoData;

/// <summary>
/// A year-long NPS goal per top-level department starting with the demo months (natural key: department and title),
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

        log($"goals: {goals.Count} NPS goals ({created} new), refreshed from Reporting");
        return created;
    }

    /// <summary>The first month's NPS is the baseline; 20 points more is the target; critical is 10 points under the baseline.</summary>
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
            },
        };
    }
}
