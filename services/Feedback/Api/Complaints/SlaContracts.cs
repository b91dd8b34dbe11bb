using ServiceExcellence.Feedback.Domain.Complaints;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>
/// Body of <c>PUT /api/complaints/sla/{departmentCode}</c>: the department's whole set of overrides (severities not
/// listed use the suite default; an empty list restores every default). Durations are ISO-8601, e.g. <c>PT2H</c>.
/// </summary>
public sealed record SetSlaRequest(IReadOnlyList<SlaPolicyRequest?>? Policies) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (Policies is null)
        {
            errors.Add("policies", "'policies' is required (an empty list restores the defaults).");
            return;
        }

        var seen = new HashSet<Severity>();
        for (var i = 0; i < Policies.Count; i++)
        {
            var field = $"policies[{i}]";
            if (Policies[i] is not { } policy)
            {
                errors.Add(field, $"'{field}' must be an object.");
                continue;
            }

            policy.Validate(errors, field);
            if (policy.Severity is { } severity && !seen.Add(severity))
            {
                errors.Add($"{field}.severity", $"'{KebabCase.Of(severity)}' is listed more than once.");
            }
        }
    }

    /// <summary>The validated policies as domain values.</summary>
    public IReadOnlyList<SlaPolicy> ToPolicies() => Policies!.Select(p => p!.ToPolicy()).ToList();
}

/// <summary>One severity's SLA in a request.</summary>
public sealed record SlaPolicyRequest(Severity? Severity, string? FirstResponse, string? Resolution)
{
    internal void Validate(ValidationErrors errors, string field)
    {
        if (Severity is null)
        {
            errors.Add($"{field}.severity", $"'severity' is required: one of {KebabCaseEnum<Severity>.Names}.");
        }

        var firstOk = ParseInto(errors, $"{field}.firstResponse", FirstResponse, out var first);
        var resolutionOk = ParseInto(errors, $"{field}.resolution", Resolution, out var resolution);
        if (firstOk && resolutionOk)
        {
            foreach (var (name, message) in SlaPolicy.Problems(first, resolution))
            {
                errors.Add($"{field}.{name}", message);
            }
        }
    }

    internal SlaPolicy ToPolicy()
    {
        IsoDuration.TryParse(FirstResponse, out var first);
        IsoDuration.TryParse(Resolution, out var resolution);
        return new SlaPolicy(Severity!.Value, first, resolution);
    }

    private static bool ParseInto(ValidationErrors errors, string field, string? text, out TimeSpan duration)
    {
        if (IsoDuration.TryParse(text, out duration))
        {
            return true;
        }

        errors.Add(field, $"'{field}' must be {IsoDuration.Examples}.");
        return false;
    }
}

/// <summary>A department's effective SLA: one row per severity, from the department's override or the suite default.</summary>
public sealed record SlaResponse(string DepartmentCode, IReadOnlyList<SlaPolicyResponse> Policies)
{
    public static SlaResponse From(string departmentCode, IEnumerable<SlaPolicy> overrides) => new(departmentCode,
        SlaPolicies.Effective(overrides).Select(e => new SlaPolicyResponse(e.Policy.Severity,
            IsoDuration.Format(e.Policy.FirstResponse), IsoDuration.Format(e.Policy.Resolution),
            e.Overridden ? "department" : "default")).ToList());
}

/// <summary>One severity's effective SLA; <c>source</c> is <c>department</c> (an override) or <c>default</c>.</summary>
public sealed record SlaPolicyResponse(Severity Severity, string FirstResponse, string Resolution, string Source);
