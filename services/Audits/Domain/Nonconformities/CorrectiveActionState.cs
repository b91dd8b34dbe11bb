namespace ServiceExcellence.Audits.Domain.Nonconformities;

/// <summary>DOMAIN §4: <c>planned → in-progress → done → verified-effective | verified-ineffective</c>.</summary>
public enum CorrectiveActionState
{
    Planned,
    InProgress,
    Done,
    VerifiedEffective,
    VerifiedIneffective,
}
