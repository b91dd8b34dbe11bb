using ServiceExcellence.Audits.Domain.Audits;
using ServiceExcellence.Audits.Domain.Standards;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Audits.Api.Audits;

/// <summary>
/// Body of <c>POST /api/audits</c>: one result per item of the standard version (latest when <c>standardVersion</c>
/// is omitted), each <c>pass</c>, <c>fail</c> or <c>n/a</c>, with an optional note and evidence link.
/// </summary>
public sealed record RecordAuditRequest(
    string? StandardCode,
    int? StandardVersion,
    string? DepartmentCode,
    AuditKind? Kind,
    string? AuditorId,
    DateTimeOffset? ConductedAt,
    IReadOnlyList<AuditItemResultRequest>? Results) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("standardCode", StandardCode, ServiceStandard.MaxCodeLength);
        if (StandardVersion is < 1)
        {
            errors.Add("standardVersion", "'standardVersion' must be 1 or more (omit it for the latest).");
        }

        errors.RequireDepartmentCode(DepartmentCode);
        if (Kind is null)
        {
            errors.Add("kind", $"'kind' is required: one of {KebabCaseEnum<AuditKind>.Names}.");
        }

        errors.RequireText("auditorId", AuditorId, Audit.MaxAuditorIdLength);
        if (ConductedAt is null)
        {
            errors.Add("conductedAt", "'conductedAt' is required (ISO-8601 with offset).");
        }

        if (Results is not { Count: >= 1 and <= ServiceStandard.MaxItems })
        {
            errors.Add("results", $"'results' must list 1 to {ServiceStandard.MaxItems} item results.");
            return;
        }

        for (var i = 0; i < Results.Count; i++)
        {
            ValidateResult(errors, $"results[{i}]", Results[i]);
        }
    }

    /// <summary>The answers in request order, each knowing its index so errors can name it.</summary>
    public IReadOnlyList<AnsweredItem> Answers() =>
        Results!.Select((r, i) => new AnsweredItem(i, r.ItemId!.Value, AuditOutcomes.From(r.Outcome)!.Value,
            r.Note, r.EvidenceUrl)).ToList();

    private static void ValidateResult(ValidationErrors errors, string prefix, AuditItemResultRequest? result)
    {
        if (result is null)
        {
            errors.Add(prefix, $"'{prefix}' must be an item result.");
            return;
        }

        if (result.ItemId is null)
        {
            errors.Add($"{prefix}.itemId", $"'{prefix}.itemId' is required: an item id of the standard version.");
        }

        AuditOutcomes.Parse(result.Outcome, $"{prefix}.outcome", errors);
        errors.LimitText($"{prefix}.note", result.Note, AuditItemResult.MaxNoteLength);
        if (result.EvidenceUrl is { } url &&
            (url.Length > AuditItemResult.MaxEvidenceUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) ||
             (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add($"{prefix}.evidenceUrl",
                $"'{prefix}.evidenceUrl' must be an absolute http(s) URL of at most {AuditItemResult.MaxEvidenceUrlLength} characters.");
        }
    }
}

/// <summary>The result of one item: <c>outcome</c> is <c>pass</c>, <c>fail</c> or <c>n/a</c>.</summary>
public sealed record AuditItemResultRequest(Guid? ItemId, string? Outcome, string? Note, string? EvidenceUrl);
