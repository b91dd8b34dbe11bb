namespace ServiceExcellence.Reporting.Domain.ReadModels;

/// <summary>
/// Counts and sums of one department's feedback (and complaints opened) on one day of the organisation's calendar;
/// every feedback metric and complaint-rate is a ratio of sums of these, so no query reads single entries.
/// </summary>
public sealed class DailyFeedbackTotals
{
    public required string DepartmentCode { get; set; }

    public DateOnly LocalDate { get; set; }

    public long Entries { get; set; }

    public long CsatAnswers { get; set; }

    /// <summary>CSAT answers of 4 or 5.</summary>
    public long CsatPositive { get; set; }

    public long CsatSum { get; set; }

    public long NpsAnswers { get; set; }

    /// <summary>NPS answers of 9 or 10.</summary>
    public long NpsPromoters { get; set; }

    /// <summary>NPS answers of 0 to 6.</summary>
    public long NpsDetractors { get; set; }

    public long CesAnswers { get; set; }

    public long CesSum { get; set; }

    public long Commented { get; set; }

    public long CommentedNegative { get; set; }

    public long ComplaintsOpened { get; set; }
}
