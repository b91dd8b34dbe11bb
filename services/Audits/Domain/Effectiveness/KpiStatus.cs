namespace ServiceExcellence.Audits.Domain.Effectiveness;

/// <summary>The latest status and cadence of one KPI, kept from Goals' <c>KpiStatusChanged</c> events.</summary>
public sealed class KpiStatus
{
    public const int MaxTextLength = 32;

    private KpiStatus() { }

    public Guid KpiId { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public string Status { get; private set; } = "";

    public string Cadence { get; private set; } = "";

    /// <summary>When the status changed in Goals; an older event arriving late does not overwrite a newer one.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public static KpiStatus Create(Guid kpiId, string departmentCode, string status, string cadence, DateTimeOffset changedAt) => new()
    {
        KpiId = kpiId,
        DepartmentCode = departmentCode,
        Status = status,
        Cadence = cadence,
        ChangedAt = changedAt,
    };

    /// <summary>Applies a change unless it is older than the one already kept; returns whether it applied.</summary>
    public bool Apply(string status, string cadence, DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
        {
            return false;
        }

        Status = status;
        Cadence = cadence;
        ChangedAt = changedAt;
        return true;
    }
}
