namespace ServiceExcellence.DemoData;

/// <summary>
/// A standard per top-level department, one audit of each kind (one per demo month), corrective actions for the
/// nonconformities they raise, and staff assessments. Skips a department whose audits exist; plans actions only for
/// nonconformities still open.
/// </summary>
internal static class AuditStep
{
    private static readonly string[] Kinds = ["internal", "mystery-shopper", "self-assessment"];

    public static async Task<int> LoadAsync(SuiteApi api, DemoCalendar calendar, DateOnly today, Action<string> log,
        CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var department in DemoCatalogue.TopLevel)
        {
            var items = await StandardItemsAsync(api, department.Code, cancellationToken).ConfigureAwait(false);
            var audits = await api.ListAsync($"/api/audits?departmentCode={department.Code}", cancellationToken).ConfigureAwait(false);
            var done = audits.Select(a => a.GetProperty("kind").GetString()).ToHashSet(StringComparer.Ordinal);
            for (var month = 0; month < Kinds.Length; month++)
            {
                if (done.Contains(Kinds[month]))
                {
                    continue;
                }

                await api.PostAsync("/api/audits", new
                {
                    standardCode = StandardCode(department.Code),
                    departmentCode = department.Code,
                    kind = Kinds[month],
                    auditorId = $"demo-{department.Code}-senior",
                    conductedAt = DemoCalendar.At(calendar.Start.AddMonths(month).AddDays(14), 120),
                    results = items.Select((id, position) => new { itemId = id, outcome = Outcome(department, month, position), note = (string?)null }),
                }, cancellationToken).ConfigureAwait(false);
                created++;
            }

            created += await WorkOffNonconformitiesAsync(api, department.Code, today, cancellationToken).ConfigureAwait(false);
            foreach (var (id, _, code) in DemoCatalogue.Staff.Where(s => s.DepartmentCode == department.Code))
            {
                await api.PostAsync("/api/audits/staff-assessments", new
                {
                    staffId = id, departmentCode = code, period = calendar.Months[2], serviceAwarenessScore = 60 + (department.MonthlyNps[2] + 50) / 3.0,
                }, cancellationToken).ConfigureAwait(false);
            }
        }

        log($"audits: every kind in every top-level department, nonconformities with corrective actions ({created} new records)");
        return created;
    }

    /// <summary>Item 0 is critical. The improving department fails it only in the first month, the troubled one from the second on.</summary>
    private static string Outcome(DemoDepartment department, int month, int position) => (department.Code, month, position) switch
    {
        (DemoCatalogue.Improving, 0, 0 or 1) => "fail",
        (DemoCatalogue.Troubled, >= 1, 0 or 1 or 2) => "fail",
        (_, _, 2) when month == 1 => "fail",
        (_, _, 3) => "n/a",
        _ => "pass",
    };

    /// <summary>
    /// Open nonconformities of the demo's audits get an action; outside the troubled department it is carried out and
    /// verified effective. Those Audits raises itself later (from the critical KPI alert) stay open: part of the story.
    /// </summary>
    private static async Task<int> WorkOffNonconformitiesAsync(SuiteApi api, string department, DateOnly today, CancellationToken cancellationToken)
    {
        var open = (await api.ListAsync($"/api/audits/nonconformities?departmentCode={department}", cancellationToken).ConfigureAwait(false))
            .Where(n => n.GetProperty("state").GetString() == "open" && n.GetProperty("source").GetString() == "audit").ToList();
        foreach (var nonconformity in open)
        {
            var action = await api.PostAsync("/api/audits/corrective-actions", new
            {
                nonconformityId = nonconformity.GetProperty("id").GetString(),
                ownerId = DemoCatalogue.OwnerOf(department),
                dueDate = today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                plan = "培训并复查 retrain the team and re-check weekly",
            }, cancellationToken).ConfigureAwait(false);
            var path = $"/api/audits/corrective-actions/{action.GetProperty("id").GetString()}";
            await api.PostAsync($"{path}/start", null, cancellationToken).ConfigureAwait(false);
            if (department == DemoCatalogue.Troubled)
            {
                continue;
            }

            await api.PostAsync($"{path}/complete", new { evidence = "复查全部通过 every re-check passed" }, cancellationToken).ConfigureAwait(false);
            await api.PostAsync($"{path}/verify", new { effective = true, note = "问题不再出现 no repeat" }, cancellationToken).ConfigureAwait(false);
        }

        return open.Count;
    }

    private static async Task<List<string>> StandardItemsAsync(SuiteApi api, string department, CancellationToken cancellationToken)
    {
        var standard = await api.FindAsync($"/api/audits/standards/{StandardCode(department)}", cancellationToken).ConfigureAwait(false)
            ?? await api.PostAsync("/api/audits/standards", new
            {
                code = StandardCode(department),
                title = "服务标准 Service standard",
                departmentCode = department,
                passMark = 80,
                items = new object[]
                {
                    new { text = "主动问候 greets the customer", weight = 3.0, critical = true, servqualDimension = "empathy" },
                    new { text = "十分钟内受理 served within 10 minutes", weight = 2.0, critical = false, servqualDimension = "responsiveness" },
                    new { text = "一次解决 solved at the first contact", weight = 2.0, critical = false, servqualDimension = "reliability" },
                    new { text = "环境整洁 tidy premises", weight = 1.0, critical = false, servqualDimension = "tangibles" },
                },
            }, cancellationToken).ConfigureAwait(false);
        return [.. standard.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }

    private static string StandardCode(string department) => $"DEMO-SOP-{department.ToUpperInvariant()}";
}
