namespace ServiceExcellence.DemoData;

/// <summary>
/// A KANO study with respondents and SERVQUAL responses per top-level department. Feedback has no list of studies, so
/// a department counts as surveyed once Reporting has its SERVQUAL respondents (recorded after its KANO study).
/// </summary>
internal static class SurveyStep
{
    private const int Respondents = 12;

    private static readonly string[] Features = ["app-booking", "live-chat", "same-day-repair", "sms-reminders"];

    private static readonly (string Functional, string Dysfunctional)[] AnswerPairs =
        [("like", "dislike"), ("must-be", "dislike"), ("like", "neutral"), ("neutral", "live-with"), ("like", "live-with")];

    public static async Task<int> LoadAsync(SuiteApi api, DemoOptions options, DemoCalendar calendar, DateOnly today, Action<string> log,
        CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed + 1);
        var since = calendar with { End = today };
        var created = 0;
        foreach (var department in DemoCatalogue.TopLevel)
        {
            var (_, respondents) = await api.MetricAsync("servqual-gap", department.Code, since, cancellationToken).ConfigureAwait(false);
            if (respondents > 0)
            {
                continue;
            }

            var study = await api.PostAsync("/api/surveys/kano",
                new { name = "服务需求 Service needs", departmentCode = department.Code, features = Features }, cancellationToken).ConfigureAwait(false);
            for (var r = 0; r < Respondents; r++)
            {
                var answers = Features.Select((feature, f) => AnswerPairs[(f + random.Next(2)) % AnswerPairs.Length])
                    .Select((pair, f) => new { feature = Features[f], functional = pair.Functional, dysfunctional = pair.Dysfunctional });
                await api.PostAsync($"/api/surveys/kano/{study.GetProperty("id").GetString()}/responses", new { answers }, cancellationToken)
                    .ConfigureAwait(false);
            }

            // Perceptions below expectations by about the department's trouble: after-sales has the widest gap.
            var gap = Math.Clamp((50 - department.MonthlyNps[2]) / 30, 0, 3);
            for (var r = 0; r < Respondents; r++)
            {
                var expectations = Enumerable.Range(0, 22).Select(_ => random.Next(5, 8)).ToArray();
                var perceptions = expectations.Select(e => Math.Clamp(e - gap - random.Next(0, 2) + random.Next(0, 2), 1, 7)).ToArray();
                await api.PostAsync("/api/surveys/servqual/responses", new
                {
                    departmentCode = department.Code, expectations, perceptions,
                    weights = new { tangibles = 10, reliability = 30, responsiveness = 25, assurance = 15, empathy = 20 },
                }, cancellationToken).ConfigureAwait(false);
            }

            created++;
        }

        log($"surveys: KANO and SERVQUAL in {created} more departments ({Respondents} respondents each)");
        return created;
    }
}
