namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>Turns a study's answer tallies (feature, category, count) into one result per feature, in study order.</summary>
public static class KanoResults
{
    public static IReadOnlyList<KanoFeatureResult> Compute(
        IReadOnlyList<string> features, IEnumerable<(string Feature, KanoCategory Category, int Count)> tallies)
    {
        var counts = features.ToDictionary(f => f, _ => KanoCounts.None, KanoStudy.FeatureComparer);
        foreach (var (feature, category, count) in tallies)
        {
            // Answers are stored with the study's own spelling, so every tally names a listed feature.
            counts[feature] = counts[feature].Add(category, count);
        }

        return features.Select(f => KanoFeatureResult.From(f, counts[f])).ToList();
    }
}
