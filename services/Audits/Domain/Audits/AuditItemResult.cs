namespace ServiceExcellence.Audits.Domain.Audits;

/// <summary>The answer to one item of the standard version an audit used, with the auditor's note and evidence link.</summary>
public sealed class AuditItemResult
{
    public const int MaxNoteLength = 2000;
    public const int MaxEvidenceUrlLength = 2000;

    private AuditItemResult() { }

    public Guid AuditId { get; private set; }

    public Guid ItemId { get; private set; }

    public AuditOutcome Outcome { get; private set; }

    public string? Note { get; private set; }

    public string? EvidenceUrl { get; private set; }

    internal static AuditItemResult Create(Guid auditId, AnsweredItem answer) => new()
    {
        AuditId = auditId,
        ItemId = answer.ItemId,
        Outcome = answer.Outcome,
        Note = string.IsNullOrWhiteSpace(answer.Note) ? null : answer.Note.Trim(),
        EvidenceUrl = answer.EvidenceUrl,
    };
}

/// <summary>One answer as the auditor gave it; <c>Index</c> is its place in the request, to name it in errors.</summary>
public sealed record AnsweredItem(int Index, Guid ItemId, AuditOutcome Outcome, string? Note, string? EvidenceUrl);
