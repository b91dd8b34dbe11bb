namespace ServiceExcellence.DemoData;

/// <summary>
/// Complaints in every state for every top-level department (customerRef <c>demo-…</c> is the natural key); after-sales
/// gets a strict SLA and several untouched critical complaints, which breach it within minutes.
/// </summary>
internal static class ComplaintStep
{
    /// <summary>How far each complaint is taken: open, responded, resolved, closed, or closed unsatisfied and reopened.</summary>
    private static readonly string[] Lifecycles = ["open", "responded", "resolved", "closed", "reopened"];

    private static readonly (string Severity, string Summary)[] Summaries =
    [
        ("high", "等待太久 waited over an hour on the phone"),
        ("medium", "账单有误 wrong amount on the invoice"),
        ("critical", "维修后设备仍然故障 device still broken after repair"),
        ("low", "工作人员态度冷淡 unfriendly staff"),
        ("high", "退款迟迟未到 refund not received after two weeks"),
    ];

    public static async Task<int> LoadAsync(SuiteApi api, Action<string> log, CancellationToken cancellationToken)
    {
        // After-sales promised fast answers: critical complaints within 5 minutes, which its backlog cannot keep.
        await api.SendAsync(HttpMethod.Put, $"/api/complaints/sla/{DemoCatalogue.Troubled}", new
        {
            policies = new[]
            {
                new { severity = "critical", firstResponse = "PT5M", resolution = "PT30M" },
                new { severity = "high", firstResponse = "PT10M", resolution = "PT2H" },
            },
        }, null, cancellationToken).ConfigureAwait(false);

        var created = 0;
        foreach (var department in DemoCatalogue.TopLevel)
        {
            var existing = (await api.ListAsync($"/api/complaints?departmentCode={department.Code}", cancellationToken).ConfigureAwait(false))
                .Select(c => c.GetProperty("customerRef").GetString()).ToHashSet(StringComparer.Ordinal);
            var lifecycles = department.Code == DemoCatalogue.Troubled ? [.. Lifecycles, "open", "open", "open"] : Lifecycles;
            for (var i = 0; i < lifecycles.Length; i++)
            {
                var customerRef = $"demo-{department.Code}-{i + 1}";
                if (existing.Contains(customerRef))
                {
                    continue;
                }

                var (severity, summary) = department.Code == DemoCatalogue.Troubled && lifecycles[i] == "open"
                    ? ("critical", "维修后设备仍然故障 device still broken after repair")
                    : Summaries[i % Summaries.Length];
                await OpenAndWalkAsync(api, department.Code, customerRef, severity, summary, lifecycles[i], cancellationToken).ConfigureAwait(false);
                created++;
            }
        }

        log($"complaints: {created} new, every state present in every top-level department");
        return created;
    }

    private static async Task OpenAndWalkAsync(SuiteApi api, string department, string customerRef, string severity, string summary,
        string lifecycle, CancellationToken cancellationToken)
    {
        var complaint = await api.PostAsync("/api/complaints",
            new { channel = "call-centre", departmentCode = department, customerRef, summary, severity }, cancellationToken).ConfigureAwait(false);
        var path = $"/api/complaints/{complaint.GetProperty("id").GetString()}";
        var steps = Array.IndexOf(Lifecycles, lifecycle);
        if (steps >= 1)
        {
            await api.PostAsync($"{path}/respond", new { message = "已收到，正在处理 We are on it." }, cancellationToken).ConfigureAwait(false);
        }

        if (steps >= 2)
        {
            await api.PostAsync($"{path}/resolve", new { resolution = "已解决并致电客户 Fixed and called the customer." }, cancellationToken).ConfigureAwait(false);
        }

        if (steps >= 3)
        {
            var satisfied = lifecycle != "reopened";
            await api.PostAsync($"{path}/close", new { customerInformed = true, customerSatisfied = satisfied }, cancellationToken).ConfigureAwait(false);
        }

        if (steps >= 4)
        {
            await api.PostAsync($"{path}/reopen", new { reason = "问题再次出现 The problem came back." }, cancellationToken).ConfigureAwait(false);
        }
    }
}
