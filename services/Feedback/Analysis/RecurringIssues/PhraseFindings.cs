namespace ServiceExcellence.Feedback.Analysis.RecurringIssues;

/// <summary>Keeps the phrase findings worth reporting: overlapping n-grams collapse into the longest one.</summary>
public static class PhraseFindings
{
    /// <summary>Most phrase issues raised for one department in one scan.</summary>
    public const int MaxPerScan = 5;

    /// <summary>
    /// Drops a phrase contained in a longer finding that occurs in at least 80 % as many entries (排队 inside 排队时间),
    /// then keeps the <see cref="MaxPerScan"/> most frequent.
    /// </summary>
    public static IReadOnlyList<RecurringIssueFinding> KeepDistinct(IEnumerable<RecurringIssueFinding> findings)
    {
        var kept = new List<RecurringIssueFinding>();
        foreach (var finding in findings.OrderByDescending(f => f.Key.Length).ThenByDescending(f => f.RecentCount))
        {
            if (!kept.Any(k => k.Key.Contains(finding.Key, StringComparison.Ordinal) && k.RecentCount * 5 >= finding.RecentCount * 4))
            {
                kept.Add(finding);
            }
        }

        return kept.OrderByDescending(f => f.RecentCount).ThenBy(f => f.Key, StringComparer.Ordinal).Take(MaxPerScan).ToList();
    }
}
