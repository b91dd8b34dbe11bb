using System.Diagnostics;

namespace ServiceExcellence.DemoData;

/// <summary>What one load made; all zero (but feedback's check) on a repeat run.</summary>
public sealed record DemoSummary(
    DateOnly From, DateOnly To, int Organisation, int FeedbackSent, int Complaints, int AuditRecords, int SurveyedDepartments, int Goals, TimeSpan Duration);

/// <summary>
/// Loads the demo organisation through the gateway's public API only: idempotent (natural keys, lists checked first,
/// deterministic Idempotency-Keys), deterministic (a fixed seed), and telling a story in the scorecards.
/// </summary>
public static class DemoOrganisation
{
    public static async Task<DemoSummary> LoadAsync(Uri gateway, DemoOptions options, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var clock = Stopwatch.StartNew();
        var log = (string line) => progress($"[{clock.Elapsed.TotalSeconds,5:0.0} s] {line}");
        var today = options.Today ?? DemoCalendar.Today();
        var calendar = DemoCalendar.For(today);
        log($"demo: loading the demo organisation for {calendar.Iso(calendar.Start)}..{calendar.Iso(calendar.End)} into {gateway}");

        using var api = await SuiteApi.SignInAsync(gateway, cancellationToken).ConfigureAwait(false);
        var organisation = await OrganisationStep.LoadAsync(api, log, cancellationToken).ConfigureAwait(false);
        var feedback = await FeedbackStep.LoadAsync(api, gateway, options, calendar, log, cancellationToken).ConfigureAwait(false);
        // Three services, no dependencies between them: side by side while Reporting folds the feedback.
        var complaintsTask = ComplaintStep.LoadAsync(api, log, cancellationToken);
        var auditsTask = AuditStep.LoadAsync(api, calendar, today, log, cancellationToken);
        var surveysTask = SurveyStep.LoadAsync(api, options, calendar, today, log, cancellationToken);
        await Task.WhenAll(complaintsTask, auditsTask, surveysTask).ConfigureAwait(false);
        var complaints = await complaintsTask.ConfigureAwait(false);
        var audits = await auditsTask.ConfigureAwait(false);
        var surveys = await surveysTask.ConfigureAwait(false);
        await FeedbackStep.WaitForReportingAsync(api, options, calendar, cancellationToken).ConfigureAwait(false);
        log("feedback: Reporting counts every entry");
        var goals = await GoalStep.LoadAsync(api, calendar, log, cancellationToken).ConfigureAwait(false);

        var summary = new DemoSummary(calendar.Start, calendar.End, organisation, feedback, complaints, audits, surveys, goals, clock.Elapsed);
        log($"demo: done in {summary.Duration.TotalSeconds:0.0} s");
        return summary;
    }
}
