using System.Text.RegularExpressions;
using ServiceExcellence.Audits.Domain.Standards;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Audits.Api.Standards;

/// <summary>Body of <c>POST /api/audits/standards</c>: a new code, or a new version of an existing one.</summary>
public sealed partial record PublishStandardRequest(
    string? Code, string? Title, string? DepartmentCode, double? PassMark, IReadOnlyList<StandardItemRequest>? Items)
    : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(Code) || Code.Length > ServiceStandard.MaxCodeLength || !CodePattern().IsMatch(Code))
        {
            errors.Add("code", $"'code' is required: letters, digits, '.', '_' or '-', at most {ServiceStandard.MaxCodeLength} characters.");
        }

        errors.RequireText("title", Title, ServiceStandard.MaxTitleLength);
        if (DepartmentCode is not null)
        {
            errors.RequireDepartmentCode(DepartmentCode);
        }

        if (PassMark is not (>= 0 and <= 100))
        {
            errors.Add("passMark", "'passMark' is required: a percentage from 0 to 100.");
        }

        if (Items is not { Count: >= 1 and <= ServiceStandard.MaxItems })
        {
            errors.Add("items", $"'items' must list 1 to {ServiceStandard.MaxItems} items.");
            return;
        }

        for (var i = 0; i < Items.Count; i++)
        {
            ValidateItem(errors, $"items[{i}]", Items[i]);
        }
    }

    public IReadOnlyList<StandardItemDraft> Drafts() =>
        Items!.Select(i => new StandardItemDraft(i.Text!, i.Weight!.Value, i.Critical ?? false, i.ServqualDimension)).ToList();

    private static void ValidateItem(ValidationErrors errors, string prefix, StandardItemRequest? item)
    {
        if (item is null)
        {
            errors.Add(prefix, $"'{prefix}' must be an item.");
            return;
        }

        errors.RequireText($"{prefix}.text", item.Text, ServiceStandard.MaxItemTextLength);
        if (item.Weight is not (> 0 and <= ServiceStandard.MaxWeight))
        {
            errors.Add($"{prefix}.weight", $"'{prefix}.weight' is required: more than 0 and at most {ServiceStandard.MaxWeight}.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}

/// <summary>One item of a standard: text, weight (&gt; 0), critical flag (default false), optional SERVQUAL dimension.</summary>
public sealed record StandardItemRequest(string? Text, double? Weight, bool? Critical, ServqualDimension? ServqualDimension);
