namespace ServiceExcellence.Reporting.Api;

/// <summary>
/// The query parameters reports share: department (absent: the whole organisation), its sub-departments (default
/// true), the range (<c>from</c>/<c>to</c> or <c>period</c>) and, for series, the granularity. Read as text so that
/// a bad value is a 400 naming the field.
/// </summary>
public sealed record ReportQuery(
    string? DepartmentCode = null,
    string? From = null,
    string? To = null,
    string? Period = null,
    string? IncludeSubDepartments = null,
    string? Granularity = null);
