using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Feedback.Data;

namespace ServiceExcellence.Feedback.Analysis.RecurringIssues;

/// <summary>
/// The aggregates a scan needs, computed in PostgreSQL over the (department_code, sentiment_label, occurred_at) index;
/// sentiment_label 0 is <see cref="SentimentLabel.Negative"/>.
/// </summary>
internal static class NegativeFeedbackQueries
{
    public static Task<List<string>> DepartmentsWithRecentNegativesAsync(this FeedbackDbContext db, DetectionWindow window, CancellationToken ct) =>
        db.Database.SqlQuery<string>($"""
            SELECT DISTINCT department_code AS "Value" FROM feedback_entries
            WHERE sentiment_label = 0 AND occurred_at >= {window.Start} AND occurred_at < {window.End}
            """).ToListAsync(ct);

    public static Task<WindowCounts> NegativeTotalsAsync(this FeedbackDbContext db, string department, DetectionWindow window, CancellationToken ct) =>
        db.Database.SqlQuery<WindowCounts>($"""
            SELECT '' AS "Key",
                   count(*) FILTER (WHERE occurred_at >= {window.Start}) AS "Recent",
                   count(*) FILTER (WHERE occurred_at < {window.Start}) AS "Baseline"
            FROM feedback_entries
            WHERE department_code = {department} AND sentiment_label = 0
              AND occurred_at >= {window.BaselineStart} AND occurred_at < {window.End}
            """).SingleAsync(ct);

    public static Task<List<WindowCounts>> NegativeTopicCountsAsync(this FeedbackDbContext db, string department, DetectionWindow window, CancellationToken ct) =>
        db.Database.SqlQuery<WindowCounts>($"""
            SELECT t.topic AS "Key",
                   count(*) FILTER (WHERE e.occurred_at >= {window.Start}) AS "Recent",
                   count(*) FILTER (WHERE e.occurred_at < {window.Start}) AS "Baseline"
            FROM feedback_entries e CROSS JOIN LATERAL unnest(e.topics) AS t(topic)
            WHERE e.department_code = {department} AND e.sentiment_label = 0
              AND e.occurred_at >= {window.BaselineStart} AND e.occurred_at < {window.End}
            GROUP BY t.topic
            """).ToListAsync(ct);

    /// <summary>The latest negative comments of both windows, newest first, at most <paramref name="limit"/>.</summary>
    public static IAsyncEnumerable<NegativeComment> NegativeCommentsAsync(this FeedbackDbContext db, string department, DetectionWindow window, int limit) =>
        db.Database.SqlQuery<NegativeComment>($"""
            SELECT comment AS "Comment", occurred_at >= {window.Start} AS "Recent"
            FROM feedback_entries
            WHERE department_code = {department} AND sentiment_label = 0 AND comment IS NOT NULL
              AND occurred_at >= {window.BaselineStart} AND occurred_at < {window.End}
            ORDER BY occurred_at DESC
            LIMIT {limit}
            """).AsAsyncEnumerable();

    /// <summary>Entries per key in the recent and baseline windows.</summary>
    internal sealed class WindowCounts
    {
        public string Key { get; init; } = "";

        public long Recent { get; init; }

        public long Baseline { get; init; }
    }

    internal sealed class NegativeComment
    {
        public string Comment { get; init; } = "";

        public bool Recent { get; init; }
    }
}
