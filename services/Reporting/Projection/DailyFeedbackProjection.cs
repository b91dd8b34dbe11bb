using Npgsql;
using NpgsqlTypes;
using ServiceExcellence.Contracts.Feedback;
using ServiceExcellence.Reporting.Data;
using ServiceExcellence.Reporting.Domain.ReadModels;
using static ServiceExcellence.Reporting.Projection.SqlParameters;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting.Projection;

/// <summary>
/// Adds feedback entries and opened complaints to the per-department, per-day totals. The increments of a whole batch
/// are summed in memory and written with one upsert; sums of counts commute, so this equals applying them one by one.
/// </summary>
internal sealed class DailyFeedbackProjection(OrganisationCalendar calendar)
{
    private static readonly string[] Counters =
    [
        "entries", "csat_answers", "csat_positive", "csat_sum", "nps_answers", "nps_promoters", "nps_detractors",
        "ces_answers", "ces_sum", "commented", "commented_negative", "complaints_opened",
    ];

    private static readonly string UpsertSql =
        $"""
        INSERT INTO {ReportingTables.DailyFeedbackTotals} (department_code, local_date, {string.Join(", ", Counters)})
        SELECT * FROM unnest($1::text[], $2::date[], {string.Join(", ", Counters.Select((_, i) => $"${i + 3}::bigint[]"))})
        ON CONFLICT (department_code, local_date) DO UPDATE SET
        {string.Join(",\n", Counters.Select(c => $"{c} = {ReportingTables.DailyFeedbackTotals}.{c} + excluded.{c}"))}
        """;

    private static readonly Comparer<(string Department, DateOnly Day)> KeyOrder = Comparer<(string Department, DateOnly Day)>.Create(
        (a, b) => string.CompareOrdinal(a.Department, b.Department) is var byDepartment and not 0 ? byDepartment : a.Day.CompareTo(b.Day));

    private readonly SortedDictionary<(string Department, DateOnly Day), DailyFeedbackTotals> _pending = new(KeyOrder);

    public bool HasPending => _pending.Count > 0;

    public void Add(FeedbackReceived entry)
    {
        var totals = TotalsOf(entry.DepartmentCode, entry.OccurredAt);
        totals.Entries++;
        if (entry.Csat is { } csat)
        {
            totals.CsatAnswers++;
            totals.CsatSum += csat;
            totals.CsatPositive += csat >= 4 ? 1 : 0;
        }

        if (entry.Nps is { } nps)
        {
            totals.NpsAnswers++;
            totals.NpsPromoters += nps >= 9 ? 1 : 0;
            totals.NpsDetractors += nps <= 6 ? 1 : 0;
        }

        if (entry.Ces is { } ces)
        {
            totals.CesAnswers++;
            totals.CesSum += ces;
        }

        if (entry.HasComment)
        {
            totals.Commented++;
            totals.CommentedNegative += entry.SentimentLabel == "negative" ? 1 : 0;
        }
    }

    public void Add(ComplaintOpened complaint) => TotalsOf(complaint.DepartmentCode, complaint.OpenedAt).ComplaintsOpened++;

    /// <summary>
    /// One upsert for everything added since the last flush. Rows go in key order, so concurrent batches lock shared
    /// rows in the same order and cannot deadlock.
    /// </summary>
    public NpgsqlBatchCommand Flush()
    {
        var rows = _pending.Values.ToList();
        _pending.Clear();
        long[] Column(Func<DailyFeedbackTotals, long> of) => rows.Select(of).ToArray();
        return Command(UpsertSql,
            Of(rows.Select(r => r.DepartmentCode).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            Of(rows.Select(r => r.LocalDate).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Date),
            Counts(Column(r => r.Entries)), Counts(Column(r => r.CsatAnswers)), Counts(Column(r => r.CsatPositive)),
            Counts(Column(r => r.CsatSum)), Counts(Column(r => r.NpsAnswers)), Counts(Column(r => r.NpsPromoters)),
            Counts(Column(r => r.NpsDetractors)), Counts(Column(r => r.CesAnswers)), Counts(Column(r => r.CesSum)),
            Counts(Column(r => r.Commented)), Counts(Column(r => r.CommentedNegative)), Counts(Column(r => r.ComplaintsOpened)));
    }

    private static NpgsqlParameter Counts(long[] values) => Of(values, NpgsqlDbType.Array | NpgsqlDbType.Bigint);

    private DailyFeedbackTotals TotalsOf(string department, DateTimeOffset occurredAt)
    {
        var key = (department, calendar.DayOf(occurredAt));
        if (!_pending.TryGetValue(key, out var totals))
        {
            _pending[key] = totals = new DailyFeedbackTotals { DepartmentCode = department, LocalDate = key.Item2 };
        }

        return totals;
    }
}
