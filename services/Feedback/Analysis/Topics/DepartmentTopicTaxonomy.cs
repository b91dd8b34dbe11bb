using System.Text.Json;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Analysis.Topics;

/// <summary>A department's own taxonomy, replacing the default for its comments; stored as JSON in one row.</summary>
public sealed class DepartmentTopicTaxonomy
{
    private DepartmentTopicTaxonomy() { }

    public string DepartmentCode { get; private set; } = "";

    /// <summary>The topics as a JSON array of <c>{key, keywords}</c> (jsonb), replaced as a whole.</summary>
    public string Topics { get; private set; } = "[]";

    public DateTimeOffset ChangedAt { get; private set; }

    public string ChangedBy { get; private set; } = "";

    public static DepartmentTopicTaxonomy Create(string departmentCode, TopicTaxonomy taxonomy, DateTimeOffset at, string by)
    {
        var stored = new DepartmentTopicTaxonomy { DepartmentCode = departmentCode };
        stored.Replace(taxonomy, at, by);
        return stored;
    }

    public void Replace(TopicTaxonomy taxonomy, DateTimeOffset at, string by)
    {
        Topics = JsonSerializer.Serialize(taxonomy.Topics, JsonDefaults.Options);
        ChangedAt = at;
        ChangedBy = by;
    }

    public TopicTaxonomy ToTaxonomy() =>
        new(JsonSerializer.Deserialize<TopicDefinition[]>(Topics, JsonDefaults.Options)
            ?? throw new InvalidDataException($"The stored taxonomy of '{DepartmentCode}' is not a JSON array."));
}
