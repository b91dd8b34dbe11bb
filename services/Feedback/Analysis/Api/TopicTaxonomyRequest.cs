using ServiceExcellence.Contracts;
using ServiceExcellence.Feedback.Analysis.Topics;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Analysis.Api;

/// <summary>A topic of <see cref="TopicTaxonomyRequest"/>.</summary>
public sealed record TopicRequest(string? Key, IReadOnlyList<string?>? Keywords);

/// <summary>Body of <c>PUT /api/feedback/topics/{departmentCode}</c>: the department's whole taxonomy.</summary>
public sealed record TopicTaxonomyRequest(IReadOnlyList<TopicRequest?>? Topics) : IValidatableRequest
{
    public const int MaxKeywordsPerTopic = 200;
    public const int MaxKeywordLength = 50;

    public void Validate(ValidationErrors errors)
    {
        if (Topics is null || Topics.Count == 0)
        {
            errors.Add("topics", "'topics' must list at least one topic.");
            return;
        }

        if (Topics.Count > TopicTaxonomy.MaxTopics)
        {
            errors.Add("topics", $"'topics' may list at most {TopicTaxonomy.MaxTopics} topics.");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Topics.Count; i++)
        {
            var topic = Topics[i];
            var field = $"topics[{i}]";
            if (topic is null)
            {
                errors.Add(field, $"'{field}' must be an object with a key and keywords.");
                continue;
            }

            // Topic keys follow the department-code slug rule: lowercase letters, digits and single hyphens.
            if (!DepartmentCode.IsValid(topic.Key))
            {
                errors.Add($"{field}.key", $"'{field}.key' must be a lowercase slug such as 'waiting-time' (at most {DepartmentCode.MaxLength} characters).");
            }
            else if (!keys.Add(topic.Key!))
            {
                errors.Add($"{field}.key", $"'{field}.key' repeats the topic '{topic.Key}'.");
            }

            ValidateKeywords(topic.Keywords, $"{field}.keywords", errors);
        }
    }

    public TopicTaxonomy ToTaxonomy() =>
        new(Topics!.Select(t => new TopicDefinition(t!.Key!, t.Keywords!.Select(k => k!.Trim()).Distinct().ToArray())).ToArray());

    private static void ValidateKeywords(IReadOnlyList<string?>? keywords, string field, ValidationErrors errors)
    {
        if (keywords is null || keywords.Count == 0)
        {
            errors.Add(field, $"'{field}' must list at least one keyword.");
            return;
        }

        if (keywords.Count > MaxKeywordsPerTopic)
        {
            errors.Add(field, $"'{field}' may list at most {MaxKeywordsPerTopic} keywords.");
        }

        for (var k = 0; k < keywords.Count; k++)
        {
            if (string.IsNullOrWhiteSpace(keywords[k]) || keywords[k]!.Trim().Length > MaxKeywordLength)
            {
                errors.Add($"{field}[{k}]", $"'{field}[{k}]' must be a non-empty keyword of at most {MaxKeywordLength} characters.");
            }
        }
    }
}
