using ServiceExcellence.Audits.Domain.Standards;
using ServiceExcellence.ServiceDefaults.Errors;

namespace ServiceExcellence.Audits.Domain.Audits;

/// <summary>
/// A recorded audit of one department against one standard version: every item of that version answered exactly once.
/// Its score is fixed when recorded, so later versions of the standard never change it.
/// </summary>
public sealed class Audit : IDepartmentRecord
{
    public const int MaxAuditorIdLength = 200;
    private readonly List<AuditItemResult> _results = [];

    private Audit() { }

    public Guid Id { get; private set; }

    public Guid StandardId { get; private set; }

    public string StandardCode { get; private set; } = "";

    public int StandardVersion { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public AuditKind Kind { get; private set; }

    public string AuditorId { get; private set; } = "";

    public DateTimeOffset ConductedAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public double? Score { get; private set; }

    public double? ComplianceRate { get; private set; }

    public bool Passed { get; private set; }

    public int PassedItems { get; private set; }

    public int FailedItems { get; private set; }

    public int ApplicableItems { get; private set; }

    public double PassedWeight { get; private set; }

    public double ApplicableWeight { get; private set; }

    public IReadOnlyList<AuditItemResult> Results => _results;

    /// <summary>
    /// Records the audit after checking that the answers cover the standard's items exactly once each; the 400 names
    /// the offending answer (<c>results[i].itemId</c>) or, for a skipped item, <c>results</c> with the item's id.
    /// </summary>
    public static (Audit Audit, AuditScore Score) Record(
        Guid id, ServiceStandard standard, string departmentCode, AuditKind kind, string auditorId,
        DateTimeOffset conductedAt, IReadOnlyList<AnsweredItem> answers, string recordedBy, DateTimeOffset now)
    {
        EnsureEveryItemAnsweredOnce(standard, answers);
        var items = standard.Items.ToDictionary(i => i.Id);
        var score = AuditScoring.Score(answers
            .Select(a => new ScoredItem(items[a.ItemId].Weight, items[a.ItemId].Critical, items[a.ItemId].ServqualDimension, a.Outcome))
            .ToList());
        var audit = new Audit
        {
            Id = id,
            StandardId = standard.Id,
            StandardCode = standard.Code,
            StandardVersion = standard.Version,
            DepartmentCode = departmentCode,
            Kind = kind,
            AuditorId = auditorId.Trim(),
            ConductedAt = conductedAt,
            RecordedAt = now,
            RecordedBy = recordedBy,
            Score = score.Score,
            ComplianceRate = score.ComplianceRate,
            Passed = score.Passes(standard.PassMark),
            PassedItems = score.PassedItems,
            FailedItems = score.FailedItems,
            ApplicableItems = score.ApplicableItems,
            PassedWeight = score.PassedWeight,
            ApplicableWeight = score.ApplicableWeight,
        };
        audit._results.AddRange(answers.Select(a => AuditItemResult.Create(id, a)));
        return (audit, score);
    }

    /// <summary>The score again from the stored answers and the standard version they answered (for per-dimension results).</summary>
    public AuditScore Rescore(ServiceStandard standard)
    {
        var outcomes = _results.ToDictionary(r => r.ItemId, r => r.Outcome);
        return AuditScoring.Score(standard.Items
            .Where(i => outcomes.ContainsKey(i.Id))
            .Select(i => new ScoredItem(i.Weight, i.Critical, i.ServqualDimension, outcomes[i.Id])).ToList());
    }

    private static void EnsureEveryItemAnsweredOnce(ServiceStandard standard, IReadOnlyList<AnsweredItem> answers)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var known = standard.Items.Select(i => i.Id).ToHashSet();
        var seen = new HashSet<Guid>();
        foreach (var answer in answers)
        {
            var field = $"results[{answer.Index}].itemId";
            if (!known.Contains(answer.ItemId))
            {
                errors[field] = [$"Item '{answer.ItemId}' is not an item of standard '{standard.Code}' version {standard.Version}."];
            }
            else if (!seen.Add(answer.ItemId))
            {
                errors[field] = [$"Item '{answer.ItemId}' is answered more than once."];
            }
        }

        var skipped = standard.Items.Where(i => !seen.Contains(i.Id)).ToList();
        if (skipped.Count > 0)
        {
            errors["results"] = skipped
                .Select(i => $"Item '{i.Id}' ({i.Position}. {Shorten(i.Text)}) of standard '{standard.Code}' version {standard.Version} is not answered.")
                .ToArray();
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
