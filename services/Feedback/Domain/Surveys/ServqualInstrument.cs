namespace ServiceExcellence.Feedback.Domain.Surveys;

/// <summary>
/// The 22-item SERVQUAL instrument (1991 form, every item worded positively, so nothing is reverse-scored):
/// items 1–4 tangibles, 5–9 reliability, 10–13 responsiveness, 14–17 assurance, 18–22 empathy; answers 1–7.
/// </summary>
public static class ServqualInstrument
{
    public const int ItemCount = 22;
    public const int MinScore = 1;
    public const int MaxScore = 7;

    // First and last item (1-based, inclusive) of each dimension, in ServqualDimension order.
    private static readonly (int First, int Last)[] Ranges = [(1, 4), (5, 9), (10, 13), (14, 17), (18, 22)];

    public static IReadOnlyList<ServqualDimension> Dimensions { get; } = Enum.GetValues<ServqualDimension>();

    /// <summary>The 1-based item numbers of a dimension.</summary>
    public static IEnumerable<int> ItemsOf(ServqualDimension dimension)
    {
        var (first, last) = Ranges[(int)dimension];
        return Enumerable.Range(first, last - first + 1);
    }

    /// <summary>The dimension of a 1-based item number.</summary>
    public static ServqualDimension DimensionOf(int item)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(item, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(item, ItemCount);
        return (ServqualDimension)Array.FindIndex(Ranges, r => item >= r.First && item <= r.Last);
    }

    public static bool IsValidScore(int score) => score is >= MinScore and <= MaxScore;
}
