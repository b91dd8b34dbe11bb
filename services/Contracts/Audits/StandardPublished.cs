namespace ServiceExcellence.Contracts.Audits;

/// <summary>
/// A service standard (SOP) was published, as a new code or as a new version of an existing one.
/// <c>DepartmentCode</c> is <see cref="AllDepartments"/> for a standard that applies everywhere;
/// <c>PassMark</c> is a percentage (0–100) of applicable weight.
/// </summary>
public sealed record StandardPublished(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string DepartmentCode,
    string StandardCode,
    int Version,
    string Title,
    double PassMark,
    int ItemCount,
    int CriticalItemCount) : IIntegrationEvent
{
    /// <summary>The department code a standard for every department carries.</summary>
    public const string AllDepartments = "*";
}
