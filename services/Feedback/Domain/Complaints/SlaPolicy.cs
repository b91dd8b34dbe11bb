namespace ServiceExcellence.Feedback.Domain.Complaints;

/// <summary>How long a department may take to first respond to and to resolve a complaint of one severity.</summary>
public sealed record SlaPolicy(Severity Severity, TimeSpan FirstResponse, TimeSpan Resolution)
{
    /// <summary>An SLA is measured in whole seconds at least, and the resolution can never be due before the first response.</summary>
    public static IEnumerable<string> Problems(TimeSpan firstResponse, TimeSpan resolution)
    {
        if (firstResponse < TimeSpan.FromSeconds(1))
        {
            yield return "firstResponse must be at least one second.";
        }

        if (resolution < TimeSpan.FromSeconds(1))
        {
            yield return "resolution must be at least one second.";
        }

        if (firstResponse > resolution)
        {
            yield return "firstResponse must not be longer than resolution.";
        }
    }

    public DateTimeOffset ResponseDueFrom(DateTimeOffset start) => start + FirstResponse;

    public DateTimeOffset ResolutionDueFrom(DateTimeOffset start) => start + Resolution;
}
