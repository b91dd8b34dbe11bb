using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Audits.Domain.Audits;

/// <summary>The result of one standard item in one audit; <c>n/a</c> items count in neither score nor compliance.</summary>
public enum AuditOutcome
{
    Pass,
    Fail,
    NotApplicable,
}

/// <summary>
/// The wire spelling of <see cref="AuditOutcome"/>: <c>pass</c>, <c>fail</c>, <c>n/a</c>. The slash is not what the
/// suite's kebab-case enum converter produces, hence this small mapping.
/// </summary>
public static class AuditOutcomes
{
    public const string Names = "pass, fail, n/a";

    public static string Name(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Pass => "pass",
        AuditOutcome.Fail => "fail",
        _ => "n/a",
    };

    /// <summary>The outcome spelled <paramref name="value"/>, or null when it is none of them.</summary>
    public static AuditOutcome? From(string? value) => value switch
    {
        "pass" => AuditOutcome.Pass,
        "fail" => AuditOutcome.Fail,
        "n/a" => AuditOutcome.NotApplicable,
        _ => null,
    };

    /// <summary>Null for a missing or unknown value, with an error naming <paramref name="field"/>.</summary>
    public static AuditOutcome? Parse(string? value, string field, ValidationErrors errors)
    {
        var outcome = From(value);
        if (outcome is null)
        {
            errors.Add(field, value is null
                ? $"'{field}' is required: one of {Names}."
                : $"'{value}' is not a valid outcome; use one of {Names}.");
        }

        return outcome;
    }
}
