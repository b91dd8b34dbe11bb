namespace ServiceExcellence.Audits.Data.Configurations;

/// <summary>Column sizes shared by several tables.</summary>
internal static class AuditsModel
{
    /// <summary>A person's id (token subject or staff id).</summary>
    public const int MaxPersonIdLength = 200;

    /// <summary>The partial index predicate of actions not done yet and not yet reported overdue (the overdue scan).</summary>
    public const string OverdueUnflagged = "overdue_flagged_at IS NULL AND state IN (0, 1)";

    /// <summary>Only complaints and KPI alerts raise at most one nonconformity per source id.</summary>
    public const string OncePerSource = "source IN (2, 3)";
}
