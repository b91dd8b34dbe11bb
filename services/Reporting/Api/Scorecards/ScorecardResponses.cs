namespace ServiceExcellence.Reporting.Api.Scorecards;

/// <summary>
/// One metric of a scorecard. With a goal KPI of the department on the metric: <c>target</c>, <c>deviation</c> =
/// actual − target (positive is good when <c>direction</c> is <c>increase</c>, bad when <c>decrease</c>) and
/// <c>status</c>, the KPI's latest status in Goals; all null otherwise (deviation also without an actual).
/// </summary>
public sealed record ScorecardMetric(
    string Metric, double? Actual, long SampleSize, double? Target, double? Deviation, string? Status, string? Direction = null);

/// <summary>A department's scorecard (it and its sub-departments) for a period.</summary>
public sealed record DepartmentScorecard(
    string DepartmentCode,
    string DepartmentName,
    string? Period,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ScorecardMetric> Metrics,
    IReadOnlyList<ScorecardGoal> Goals,
    IReadOnlyList<ScorecardAlert> OpenAlerts,
    long OverdueComplaints,
    long OverdueCorrectiveActions);

/// <summary>The organisation's scorecard with every metric's ranking of departments.</summary>
public sealed record OrganisationScorecard(
    string? Period,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ScorecardMetric> Metrics,
    IReadOnlyList<MetricRanking> Ranking,
    long OverdueComplaints,
    long OverdueCorrectiveActions);

/// <summary>Departments ordered best first for one metric; departments without data come last.</summary>
public sealed record MetricRanking(string Metric, IReadOnlyList<RankedDepartment> Departments);

/// <summary>A department's place for one metric (equal values share a rank).</summary>
public sealed record RankedDepartment(int Rank, string DepartmentCode, string DepartmentName, double? Value, long SampleSize);
