namespace ServiceExcellence.Audits.Domain.Effectiveness;

/// <summary>
/// The automatic effectiveness check (ISO 9001 10.2.1 d): N cadences of the KPI after an action is done, the KPI's
/// status decides whether the action worked.
/// </summary>
public static class KpiEffectiveness
{
    /// <summary>
    /// Effective for <c>on-track</c>/<c>achieved</c>, ineffective for <c>at-risk</c>/<c>off-track</c>/<c>missed</c>;
    /// null (no verdict yet, look again later) for <c>insufficient-data</c>, <c>stale</c>, no status or anything else.
    /// </summary>
    public static bool? VerdictOf(string? status) => status switch
    {
        "on-track" or "achieved" => true,
        "at-risk" or "off-track" or "missed" => false,
        _ => null,
    };

    /// <summary>The first cadence name that is known, else monthly.</summary>
    public static KpiCadence CadenceOf(params ReadOnlySpan<string?> candidates)
    {
        foreach (var candidate in candidates)
        {
            KpiCadence? cadence = candidate switch
            {
                "daily" => KpiCadence.Daily,
                "weekly" => KpiCadence.Weekly,
                "monthly" => KpiCadence.Monthly,
                "quarterly" => KpiCadence.Quarterly,
                _ => null,
            };
            if (cadence is { } known)
            {
                return known;
            }
        }

        return KpiCadence.Monthly;
    }

    /// <summary><paramref name="completedAt"/> plus <paramref name="cadences"/> periods (months are calendar months).</summary>
    public static DateTimeOffset VerificationDueAt(DateTimeOffset completedAt, KpiCadence cadence, int cadences) => cadence switch
    {
        KpiCadence.Daily => completedAt.AddDays(cadences),
        KpiCadence.Weekly => completedAt.AddDays(7 * cadences),
        KpiCadence.Quarterly => completedAt.AddMonths(3 * cadences),
        _ => completedAt.AddMonths(cadences),
    };
}
