namespace ServiceExcellence.Contracts.Feedback;

/// <summary>
/// A recurring issue (共性问题) of a department: a topic or frequent phrase whose share of the negative feedback of the
/// window [<c>WindowStart</c>, <c>WindowEnd</c>) (7 UTC days) is at least twice its share of the 28 days before, in at
/// least 5 entries. <c>Kind</c> is <c>topic</c> or <c>phrase</c>; shares are fractions in [0, 1]. Raised once per
/// issue and window.
/// </summary>
public sealed record RecurringIssueDetected(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    string Kind,
    string Key,
    int RecentCount,
    double RecentShare,
    double BaselineShare,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd) : IIntegrationEvent;
