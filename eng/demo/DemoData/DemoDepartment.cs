namespace ServiceExcellence.DemoData;

/// <summary>A department of the demo organisation and the NPS it has in each of the three demo months (its story).</summary>
public sealed record DemoDepartment(string Code, string Name, string? ParentCode, int FeedbackShare, int[] MonthlyNps);

/// <summary>The demo organisation: eight departments, some with sub-departments.</summary>
public static class DemoCatalogue
{
    /// <summary>Improving: NPS rising month by month.</summary>
    public const string Improving = "call-centre";

    /// <summary>In trouble: NPS falling below its goal's critical threshold, complaints breaching a strict SLA.</summary>
    public const string Troubled = "after-sales";

    public static readonly IReadOnlyList<DemoDepartment> Departments =
    [
        new(Improving, "呼叫中心 Call centre", null, 4, [-15, 15, 45]),
        new("call-centre-inbound", "呼入组 Inbound", Improving, 3, [-10, 20, 50]),
        new("call-centre-outbound", "回访组 Follow-up calls", Improving, 2, [-20, 10, 35]),
        new(Troubled, "售后服务 After-sales", null, 4, [15, -10, -40]),
        new("after-sales-repairs", "维修组 Repairs", Troubled, 3, [10, -20, -45]),
        new("after-sales-returns", "退换货组 Returns", Troubled, 2, [20, -5, -30]),
        new("front-desk", "前台接待 Front desk", null, 3, [30, 32, 35]),
        new("online-service", "在线客服 Online service", null, 4, [20, 25, 22]),
        new("logistics", "物流配送 Logistics", null, 3, [5, 0, 8]),
        new("billing", "账务中心 Billing", null, 2, [10, 12, 9]),
        new("quality", "质量管理部 Quality management", null, 1, [40, 42, 45]),
        new("marketing", "市场部 Marketing", null, 1, [25, 20, 28]),
    ];

    public static IEnumerable<DemoDepartment> TopLevel => Departments.Where(d => d.ParentCode is null);

    /// <summary>Three staff per department: a manager, an agent and an auditor by job, all registered as plain staff.</summary>
    public static IEnumerable<(string Id, string Name, string DepartmentCode)> Staff =>
        Departments.SelectMany(d => new[] { ("lead", "主管 Lead"), ("agent", "专员 Agent"), ("senior", "资深专员 Senior agent") }
            .Select(s => ($"demo-{d.Code}-{s.Item1}", $"{s.Item2} ({d.Code})", d.Code)));

    public static string OwnerOf(string departmentCode) => $"demo-{departmentCode}-lead";
}
