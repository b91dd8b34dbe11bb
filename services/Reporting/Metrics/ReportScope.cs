namespace ServiceExcellence.Reporting.Metrics;

/// <summary>
/// Whose data a report covers: the whole organisation (<see cref="Departments"/> null) or a department, alone or with
/// its sub-departments.
/// </summary>
public sealed record ReportScope(string? DepartmentCode, IReadOnlyList<string>? Departments, bool IncludesSubDepartments)
{
    public static ReportScope Organisation { get; } = new(null, null, false);

    /// <summary>The scope as a stable string for cache keys.</summary>
    public string Describe() => DepartmentCode is null ? "*" : $"{DepartmentCode}{(IncludesSubDepartments ? "+sub" : "")}";
}
