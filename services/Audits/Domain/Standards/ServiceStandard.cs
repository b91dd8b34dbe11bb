using ServiceExcellence.ServiceDefaults.Errors;

namespace ServiceExcellence.Audits.Domain.Standards;

/// <summary>
/// One published version of a service standard (服务标准, SOP). Versions are immutable: publishing the same code again
/// adds a version, so audits keep pointing at the exact items they were scored against.
/// </summary>
public sealed class ServiceStandard
{
    public const int MaxCodeLength = 64;
    public const int MaxTitleLength = 200;
    public const int MaxItemTextLength = 1000;
    public const int MaxItems = 200;
    public const double MaxWeight = 1000;

    private readonly List<StandardItem> _items = [];

    private ServiceStandard() { }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public int Version { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The department the standard applies to; null for every department.</summary>
    public string? DepartmentCode { get; private set; }

    /// <summary>Minimum score (percentage of applicable weight) an audit needs to pass.</summary>
    public double PassMark { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; } = "";

    public IReadOnlyList<StandardItem> Items => _items;

    public int CriticalItemCount => _items.Count(i => i.Critical);

    /// <summary>Whether an audit of <paramref name="departmentCode"/> may use this standard.</summary>
    public bool AppliesTo(string departmentCode) => DepartmentCode is null || DepartmentCode == departmentCode;

    /// <summary>
    /// Publishes <paramref name="code"/> as version <c>previous.Version + 1</c> (or 1). A code keeps its department
    /// across versions, so that one department's manager cannot take over another's standard by reusing its code.
    /// </summary>
    public static ServiceStandard Publish(
        ServiceStandard? previous, string code, string title, string? departmentCode, double passMark,
        IReadOnlyList<StandardItemDraft> items, string publishedBy, DateTimeOffset now)
    {
        if (previous is not null && previous.DepartmentCode != departmentCode)
        {
            throw new RuleViolationException("Standard belongs to another department",
                $"Standard '{code}' applies to {Describe(previous.DepartmentCode)}; a new version must keep that.");
        }

        var standard = new ServiceStandard
        {
            Id = Guid.CreateVersion7(now),
            Code = code,
            Version = (previous?.Version ?? 0) + 1,
            Title = title.Trim(),
            DepartmentCode = departmentCode,
            PassMark = passMark,
            PublishedAt = now,
            PublishedBy = publishedBy,
        };
        standard._items.AddRange(items.Select((item, index) => StandardItem.Create(standard.Id, index + 1, item)));
        return standard;
    }

    private static string Describe(string? departmentCode) =>
        departmentCode is null ? "every department" : $"department '{departmentCode}'";
}
