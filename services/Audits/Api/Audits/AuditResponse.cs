using ServiceExcellence.Audits.Api.Standards;
using ServiceExcellence.Audits.Domain.Audits;
using ServiceExcellence.Audits.Domain.Standards;

namespace ServiceExcellence.Audits.Api.Audits;

/// <summary>
/// An audit as the API shows it: <c>score</c> and <c>complianceRate</c> are percentages rounded to 2 decimals (null
/// when no item applied). <c>dimensionResults</c>, <c>results</c> and <c>standard</c> (the exact version used) are
/// filled by <c>GET /api/audits/{id}</c>; <c>dimensionResults</c> also when recording.
/// </summary>
public sealed record AuditResponse(
    Guid Id,
    string StandardCode,
    int StandardVersion,
    string DepartmentCode,
    AuditKind Kind,
    string AuditorId,
    DateTimeOffset ConductedAt,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    double? Score,
    double? ComplianceRate,
    bool Passed,
    int PassedItems,
    int FailedItems,
    int ApplicableItems,
    IReadOnlyList<Guid> NonconformityIds,
    IReadOnlyList<DimensionResultResponse>? DimensionResults = null,
    IReadOnlyList<ItemResultResponse>? Results = null,
    StandardResponse? Standard = null)
{
    public static AuditResponse From(Audit a, IReadOnlyList<Guid> nonconformityIds, AuditScore? score = null) => new(
        a.Id, a.StandardCode, a.StandardVersion, a.DepartmentCode, a.Kind, a.AuditorId, a.ConductedAt, a.RecordedAt, a.RecordedBy,
        Fields.Percent(a.Score), Fields.Percent(a.ComplianceRate), a.Passed, a.PassedItems, a.FailedItems, a.ApplicableItems,
        nonconformityIds,
        score?.Dimensions.Select(d => new DimensionResultResponse(
            d.Dimension, d.PassedItems, d.ApplicableItems, Fields.Percent(d.Score))).ToList());

    /// <summary>The full audit: every item result in the standard's order, and the standard version it used.</summary>
    public static AuditResponse Detailed(Audit a, ServiceStandard standard, IReadOnlyList<Guid> nonconformityIds)
    {
        var results = a.Results.ToDictionary(r => r.ItemId);
        return From(a, nonconformityIds, a.Rescore(standard)) with
        {
            Results = standard.Items.Where(i => results.ContainsKey(i.Id)).OrderBy(i => i.Position)
                .Select(i => new ItemResultResponse(i.Id, i.Position, i.Text, i.Weight, i.Critical,
                    AuditOutcomes.Name(results[i.Id].Outcome), results[i.Id].Note, results[i.Id].EvidenceUrl))
                .ToList(),
            Standard = StandardResponse.From(standard),
        };
    }
}

/// <summary>Results over the items of one SERVQUAL dimension.</summary>
public sealed record DimensionResultResponse(ServqualDimension Dimension, int PassedItems, int ApplicableItems, double? Score);

/// <summary>One answered item with the item's text, weight and flag as the standard version had them.</summary>
public sealed record ItemResultResponse(
    Guid ItemId, int Position, string Text, double Weight, bool Critical, string Outcome, string? Note, string? EvidenceUrl);
