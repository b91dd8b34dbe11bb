using System.Net.Http.Headers;

namespace ServiceExcellence.DemoData;

/// <summary>
/// The demo months' feedback in batches of 1,000: web and call-centre entries through the intake clients' API keys,
/// the other channels as staff entering them. Skipped when Reporting already counts them all; otherwise every batch
/// carries a deterministic Idempotency-Key, so a repeat within 24 h stores nothing twice.
/// </summary>
internal static class FeedbackStep
{
    public const int BatchSize = 1000;

    public static async Task<int> LoadAsync(SuiteApi api, Uri gateway, DemoOptions options, DemoCalendar calendar, Action<string> log,
        CancellationToken cancellationToken)
    {
        var entries = FeedbackGenerator.Generate(options.FeedbackEntries, options.Seed, calendar);
        var counted = await CountedAsync(api, calendar, cancellationToken).ConfigureAwait(false);
        if (counted >= entries.Count)
        {
            log($"feedback: Reporting already counts {counted} entries for {calendar.Iso(calendar.Start)}..{calendar.Iso(calendar.End)}, none sent");
            return 0;
        }

        var widgetKey = await OrganisationStep.ApiKeyAsync(api, "demo web widget", cancellationToken).ConfigureAwait(false);
        var callCentreKey = await OrganisationStep.ApiKeyAsync(api, "demo call-centre system", cancellationToken).ConfigureAwait(false);
        var sent = 0;
        foreach (var group in entries.GroupBy(e => IntakeOf(e.Channel)))
        {
            var key = group.Key switch { "web" => widgetKey, "call-centre" => callCentreKey, _ => null };
            using var client = key is null ? null : IntakeClient(gateway, key);
            var batches = group.Chunk(BatchSize).ToList();
            for (var i = 0; i < batches.Count; i++)
            {
                var idempotencyKey = $"demo-{options.Seed}-{calendar.Months[0]}-{options.FeedbackEntries}-{group.Key}-{i}";
                var body = new { entries = batches[i] };
                var receipt = client is null
                    ? await api.SendAsync(HttpMethod.Post, "/api/feedback/batch", body, idempotencyKey, cancellationToken).ConfigureAwait(false)
                    : await new SuiteApi(client).SendAsync(HttpMethod.Post, "/api/feedback/batch", body, idempotencyKey, cancellationToken)
                        .ConfigureAwait(false);
                if (receipt.GetProperty("rejected").GetArrayLength() is > 0 and var rejected)
                {
                    // Generated entries are valid by construction: a refusal is a change in the service's rules.
                    throw new InvalidOperationException($"Feedback refused {rejected} demo entries, e.g. {receipt.GetProperty("rejected")[0]}");
                }

                sent += receipt.GetProperty("accepted").GetInt32();
            }
        }

        log($"feedback: {sent} entries sent in batches of {BatchSize} (web and call-centre through API keys)");
        return sent;
    }

    /// <summary>Waits until Reporting counts every generated entry, so metrics and goal refreshes see them.</summary>
    public static async Task WaitForReportingAsync(SuiteApi api, DemoOptions options, DemoCalendar calendar, CancellationToken cancellationToken)
    {
        long counted = 0;
        try
        {
            await SuiteApi.WaitUntilAsync("Reporting to count the demo feedback",
                async () => (counted = await CountedAsync(api, calendar, cancellationToken).ConfigureAwait(false)) >= options.FeedbackEntries,
                options.ReportingWait, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message} It counts {counted} of {options.FeedbackEntries}.", ex);
        }
    }

    /// <summary>The demo departments' feedback volume in the demo months (top-level departments include their sub-departments).</summary>
    public static async Task<long> CountedAsync(SuiteApi api, DemoCalendar calendar, CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var department in DemoCatalogue.TopLevel)
        {
            total += (await api.MetricAsync("feedback-volume", department.Code, calendar, cancellationToken).ConfigureAwait(false)).SampleSize;
        }

        return total;
    }

    private static string IntakeOf(string channel) => FeedbackGenerator.ComesThroughApiKey(channel) ? channel : "staff";

    private static HttpClient IntakeClient(Uri gateway, string key)
    {
        var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(100) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}
