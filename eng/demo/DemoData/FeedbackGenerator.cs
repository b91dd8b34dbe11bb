namespace ServiceExcellence.DemoData;

/// <summary>One generated feedback entry, in the shape of <c>POST /api/feedback/batch</c>'s items.</summary>
public sealed record DemoFeedback(
    string Channel, string DepartmentCode, string CustomerRef, DateTimeOffset OccurredAt, int? Csat, int? Nps, int? Ces, string? Comment);

/// <summary>
/// The demo's feedback: deterministic for a seed, spread over the demo months, scores drawn so each department's NPS of a
/// month is near its story's value, and CSAT/CES/comments that agree with the NPS answer.
/// </summary>
public static class FeedbackGenerator
{
    /// <summary>Every channel of DOMAIN §3, with how often each is used (web and call-centre come through API keys).</summary>
    public static readonly IReadOnlyList<(string Channel, int Weight)> Channels =
    [
        ("web", 25), ("call-centre", 25), ("phone-follow-up", 10), ("email", 10), ("social", 8), ("survey-online", 10),
        ("survey-offline", 5), ("in-person", 7),
    ];

    /// <summary>The channels real intake clients send with their API keys.</summary>
    public static bool ComesThroughApiKey(string channel) => channel is "web" or "call-centre";

    public static IReadOnlyList<DemoFeedback> Generate(int count, int seed, DemoCalendar calendar)
    {
        var random = new Random(seed);
        var departments = DemoCatalogue.Departments.SelectMany(d => Enumerable.Repeat(d, d.FeedbackShare)).ToArray();
        var channels = Channels.SelectMany(c => Enumerable.Repeat(c.Channel, c.Weight)).ToArray();
        var entries = new List<DemoFeedback>(count);
        for (var i = 0; i < count; i++)
        {
            var department = departments[random.Next(departments.Length)];
            var day = calendar.Start.AddDays(random.Next(calendar.Days));
            var nps = DrawNps(department.MonthlyNps[calendar.MonthIndex(day)], random);
            var satisfied = nps >= 9 ? 1 : nps >= 7 ? 0 : -1;
            int? csat = random.NextDouble() < 0.7 ? Math.Clamp(satisfied switch { 1 => 4, 0 => 3, _ => 1 } + random.Next(2), 1, 5) : null;
            int? ces = random.NextDouble() < 0.4 ? Math.Clamp(satisfied switch { 1 => 5, 0 => 4, _ => 1 } + random.Next(3), 1, 7) : null;
            var comment = random.NextDouble() < 0.7 ? FeedbackComments.For(nps, random.Next(2) == 0, random) : null;
            var channel = channels[random.Next(channels.Length)];
            var customer = $"demo-customer-{random.Next(100_000):D5}";
            var at = DemoCalendar.At(day, random.Next(720));
            // Every entry answers the NPS question unless it says something else (intake needs a score or a comment).
            int? answered = random.NextDouble() < 0.85 || (csat is null && ces is null && comment is null) ? nps : null;
            entries.Add(new DemoFeedback(channel, department.Code, customer, at, csat, answered, ces, comment));
        }

        return entries;
    }

    /// <summary>An NPS answer from a distribution whose expected NPS is <paramref name="target"/> (promoters − detractors, in %).</summary>
    private static int DrawNps(int target, Random random)
    {
        var promoters = 0.45 + target / 200.0;
        var detractors = 0.45 - target / 200.0;
        var draw = random.NextDouble();
        if (draw < promoters)
        {
            return random.Next(9, 11);
        }

        if (draw < promoters + detractors)
        {
            // Detractors mostly give 5–6, some much lower.
            return random.NextDouble() < 0.6 ? random.Next(5, 7) : random.Next(0, 5);
        }

        return random.Next(7, 9);
    }
}
