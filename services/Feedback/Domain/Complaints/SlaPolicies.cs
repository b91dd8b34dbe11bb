namespace ServiceExcellence.Feedback.Domain.Complaints;

/// <summary>
/// The SLA table of DOMAIN §3 and how a department's overrides replace single rows of it: a severity the department
/// did not override keeps the suite default.
/// </summary>
public static class SlaPolicies
{
    public static IReadOnlyList<SlaPolicy> Defaults { get; } =
    [
        new(Severity.Low, TimeSpan.FromHours(48), TimeSpan.FromDays(10)),
        new(Severity.Medium, TimeSpan.FromHours(24), TimeSpan.FromDays(5)),
        new(Severity.High, TimeSpan.FromHours(4), TimeSpan.FromHours(48)),
        new(Severity.Critical, TimeSpan.FromHours(1), TimeSpan.FromHours(24)),
    ];

    public static SlaPolicy Default(Severity severity) => Defaults.Single(p => p.Severity == severity);

    /// <summary>One policy per severity, in severity order, each the department's override when it has one.</summary>
    public static IReadOnlyList<EffectiveSlaPolicy> Effective(IEnumerable<SlaPolicy> overrides)
    {
        var bySeverity = overrides.ToDictionary(p => p.Severity);
        return Defaults
            .Select(d => bySeverity.TryGetValue(d.Severity, out var o) ? new EffectiveSlaPolicy(o, Overridden: true) : new EffectiveSlaPolicy(d, Overridden: false))
            .ToList();
    }

    /// <summary>The policy that applies to <paramref name="severity"/> given the department's overrides.</summary>
    public static SlaPolicy For(Severity severity, IEnumerable<SlaPolicy> overrides) =>
        overrides.FirstOrDefault(p => p.Severity == severity) ?? Default(severity);
}
