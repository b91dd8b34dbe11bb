using ServiceExcellence.Feedback.Analysis.RecurringIssues;

namespace ServiceExcellence.Feedback.Analysis.Api;

/// <summary>A topic and its keywords as the taxonomy endpoints return them.</summary>
public sealed record TopicResponse(string Key, IReadOnlyList<string> Keywords);

/// <summary>
/// The taxonomy in effect: <c>source</c> is <c>department</c> for a department's own taxonomy (with who changed it
/// when) or <c>default</c> for the shipped one.
/// </summary>
public sealed record TopicTaxonomyResponse(
    string? DepartmentCode, string Source, IReadOnlyList<TopicResponse> Topics, DateTimeOffset? ChangedAt, string? ChangedBy);

/// <summary>A current recurring issue of a department (shares are fractions of its negative feedback).</summary>
public sealed record RecurringIssueResponse(
    Guid Id, string DepartmentCode, RecurringIssueKind Kind, string Key, int RecentCount, double RecentShare, double BaselineShare,
    DateTimeOffset WindowStart, DateTimeOffset WindowEnd, DateTimeOffset DetectedAt);
