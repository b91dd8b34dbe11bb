using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Feedback.Analysis.RecurringIssues;

/// <summary>
/// Looks for recurring issues in every department with negative feedback in the current window and raises each new
/// one through the outbox, in the same transaction as its detection row. Called by <see cref="RecurringIssueJob"/>
/// on an interval, and directly by tests with their own clock.
/// </summary>
public sealed class RecurringIssueScanner(
    IServiceScopeFactory scopes, TimeProvider time, OrganisationCalendar calendar, IOptions<TextAnalysisOptions> options,
    ILogger<RecurringIssueScanner> logger)
{
    /// <summary>Scans every department with recent negative feedback; returns how many issues were raised.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var window = DetectionWindow.For(time.GetUtcNow(), calendar);
        List<string> departments;
        await using (var scope = scopes.CreateAsyncScope())
        {
            departments = await scope.ServiceProvider.GetRequiredService<FeedbackDbContext>()
                .DepartmentsWithRecentNegativesAsync(window, cancellationToken);
        }

        var raised = 0;
        foreach (var department in departments)
        {
            raised += await ScanDepartmentAsync(department, window, cancellationToken);
        }

        return raised;
    }

    /// <summary>Raises the department's new recurring issues of <paramref name="window"/>; returns how many.</summary>
    public async Task<int> ScanDepartmentAsync(string departmentCode, DetectionWindow window, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedbackDbContext>();
        var totals = await db.NegativeTotalsAsync(departmentCode, window, cancellationToken);
        if (totals.Recent == 0)
        {
            return 0;
        }

        var topicCounts = await db.NegativeTopicCountsAsync(departmentCode, window, cancellationToken);
        var findings = RecurringIssueRule.Evaluate((int)totals.Recent, (int)totals.Baseline,
                topicCounts.Select(c => new KeyCount(c.Key, (int)c.Recent, (int)c.Baseline)))
            .Select(f => (Kind: RecurringIssueKind.Topic, Finding: f))
            .Concat((await FindPhrasesAsync(db, departmentCode, window, cancellationToken)).Select(f => (Kind: RecurringIssueKind.Phrase, Finding: f)))
            .ToList();
        if (findings.Count == 0)
        {
            return 0;
        }

        // An issue raised earlier whose window still overlaps this one is not raised again (once per 7 days).
        var alreadyRaised = (await db.Set<RecurringIssue>().AsNoTracking()
                .Where(i => i.DepartmentCode == departmentCode && i.WindowEnd > window.Start)
                .Select(i => new { i.Kind, i.Key })
                .ToListAsync(cancellationToken))
            .Select(i => (i.Kind, i.Key)).ToHashSet();
        var now = time.GetUtcNow();
        var raised = 0;
        foreach (var (kind, finding) in findings.Where(f => !alreadyRaised.Contains((f.Kind, f.Finding.Key))))
        {
            var issue = RecurringIssue.Raise(departmentCode, kind, finding, window, now);
            db.Add(issue);
            db.AddIntegrationEvent(new RecurringIssueDetected(Guid.CreateVersion7(now), now, departmentCode,
                kind == RecurringIssueKind.Topic ? "topic" : "phrase", issue.Key, issue.RecentCount, issue.RecentShare,
                issue.BaselineShare, issue.WindowStart, issue.WindowEnd));
            raised++;
        }

        if (raised == 0)
        {
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another instance scanned the same department at the same moment and raised these first.
            logger.LogInformation("Recurring issues of {Department} were raised concurrently by another scan", departmentCode);
            return 0;
        }

        logger.LogInformation("Raised {Count} recurring issue(s) for {Department}", raised, departmentCode);
        return raised;
    }

    private async Task<IReadOnlyList<RecurringIssueFinding>> FindPhrasesAsync(
        FeedbackDbContext db, string departmentCode, DetectionWindow window, CancellationToken cancellationToken)
    {
        var counter = new PhraseCounter(StopWords.Shipped);
        await foreach (var comment in db.NegativeCommentsAsync(departmentCode, window, options.Value.PhraseSampleLimit)
                           .WithCancellation(cancellationToken))
        {
            counter.Add(comment.Comment, comment.Recent);
        }

        // Shares of phrases are taken over the negative comments read, the only entries that can contain a phrase.
        return PhraseFindings.KeepDistinct(RecurringIssueRule.Evaluate(counter.RecentComments, counter.BaselineComments,
            counter.Frequent(RecurringIssueRule.MinimumRecentEntries)));
    }
}
