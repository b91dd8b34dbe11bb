namespace ServiceExcellence.Feedback.Analysis.RecurringIssues;

/// <summary>What recurs: a topic of the taxonomy or a frequent phrase of the negative comments.</summary>
public enum RecurringIssueKind
{
    Topic,
    Phrase,
}
