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
        using var widget = widgetKey is null ? null : IntakeClient(gateway, widgetKey);
        using var callCentre = callCentreKey is null ? null : IntakeClient(gateway, callCentreKey);
        var batches = entries.GroupBy(e => IntakeOf(e.Channel))
            .SelectMany(group => group.Chunk(BatchSize).Select((batch, i) => (
                Sender: (group.Key switch { "web" => widget, "call-centre" => callCentre, _ => null }) is { } client ? new SuiteApi(client) : api,
                Key: $"demo-{options.Seed}-{calendar.Months[0]}-{options.FeedbackEntries}-{group.Key}-{i}",
                Entries: batch)))
            .ToList();
        var sent = 0;
        // A few batches at once: Feedback analyses each comment, so the service's cores, not the network, set the pace.
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 3, CancellationToken = cancellationToken },
            async (batch, ct) =>
            {
                var receipt = await batch.Sender.SendAsync(HttpMethod.Post, "/api/feedback/batch", new { entries = batch.Entries }, batch.Key, ct)
                    .ConfigureAwait(false);
                if (receipt.GetProperty("rejected").GetArrayLength() is > 0 and var rejected)
                {
                    // Generated entries are valid by construction: a refusal is a change in the service's rules.
                    throw new InvalidOperationException($"Feedback refused {rejected} demo entries, e.g. {receipt.GetProperty("rejected")[0]}");
                }

                Interlocked.Add(ref sent, receipt.GetProperty("accepted").GetInt32());
            }).ConfigureAwait(false);

        var intake = widget is not null && callCentre is not null
            ? "through API keys"
            : "as the administrator: the keys were made by an earlier run and their secrets are not shown again";
        log($"feedback: {sent} entries sent in batches of {BatchSize} (web and call-centre {intake})");
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
