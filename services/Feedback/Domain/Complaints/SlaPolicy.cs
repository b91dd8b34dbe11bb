namespace ServiceExcellence.Feedback.Domain.Complaints;

/// <summary>How long a department may take to first respond to and to resolve a complaint of one severity.</summary>
public sealed record SlaPolicy(Severity Severity, TimeSpan FirstResponse, TimeSpan Resolution)
{
    /// <summary>What is wrong with a proposed policy, per field: durations of at least a second, and a resolution never due before the first response.</summary>
    public static IEnumerable<(string Field, string Message)> Problems(TimeSpan firstResponse, TimeSpan resolution)
    {
        if (firstResponse < TimeSpan.FromSeconds(1))
        {
            yield return ("firstResponse", "Must be at least one second.");
        }

        if (resolution < TimeSpan.FromSeconds(1))
        {
            yield return ("resolution", "Must be at least one second.");
        }

        if (firstResponse > resolution)
        {
            yield return ("firstResponse", "Must not be longer than the resolution time.");
        }
    }

    public DateTimeOffset ResponseDueFrom(DateTimeOffset start) => start + FirstResponse;

    public DateTimeOffset ResolutionDueFrom(DateTimeOffset start) => start + Resolution;
}
