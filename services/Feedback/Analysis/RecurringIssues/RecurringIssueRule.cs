namespace ServiceExcellence.Feedback.Analysis.RecurringIssues;

/// <summary>How often a topic or phrase occurs among a department's negative entries, recently and in the baseline.</summary>
public sealed record KeyCount(string Key, int Recent, int Baseline);

/// <summary>A topic or phrase that qualifies as a recurring issue, with the figures that made it qualify.</summary>
public sealed record RecurringIssueFinding(string Key, int RecentCount, double RecentShare, double BaselineShare);

/// <summary>
/// The rule of DOMAIN §3 (共性问题): a key whose share of the negative entries of the last 7 days is at least twice its
/// share of the negative entries of the 28 days before, and which occurs in at least 5 recent negative entries.
/// A baseline share of zero (the key never occurred, or the department had no negative entries before) counts as
/// infinitely lower, so the key qualifies on the 5-entry minimum alone: it is new, which is what managers want to see.
/// </summary>
public static class RecurringIssueRule
{
    public const int MinimumRecentEntries = 5;
    public const double MinimumShareRatio = 2;

    /// <param name="recentTotal">Negative entries in the recent window (the share's denominator).</param>
    /// <param name="baselineTotal">Negative entries in the baseline window.</param>
    /// <param name="counts">Entries per key in each window (an entry counts once per key).</param>
    public static IReadOnlyList<RecurringIssueFinding> Evaluate(int recentTotal, int baselineTotal, IEnumerable<KeyCount> counts)
    {
        if (recentTotal <= 0)
        {
            return [];
        }

        var findings = new List<RecurringIssueFinding>();
        foreach (var count in counts)
        {
            if (count.Recent < MinimumRecentEntries)
            {
                continue;
            }

            var recentShare = (double)count.Recent / recentTotal;
            var baselineShare = baselineTotal > 0 ? (double)count.Baseline / baselineTotal : 0;
            if (baselineShare == 0 || recentShare >= MinimumShareRatio * baselineShare)
            {
                findings.Add(new RecurringIssueFinding(count.Key, count.Recent, Math.Round(recentShare, 4), Math.Round(baselineShare, 4)));
            }
        }

        return findings;
    }
}
