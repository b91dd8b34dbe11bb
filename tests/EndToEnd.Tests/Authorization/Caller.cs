namespace ServiceExcellence.EndToEnd.Tests.Authorization;

/// <summary>
/// Who calls in the authorization matrix: each role of DOMAIN §1, with the department under test ("in") or only
/// another department ("out") in its <c>dept</c> claims, plus no credentials at all.
/// </summary>
public enum Caller
{
    Anonymous,
    Admin,
    Analyst,
    ManagerIn,
    ManagerOut,
    AgentIn,
    AgentOut,
    AuditorIn,
    AuditorOut,
    IntakeIn,
    IntakeOut,
}

/// <summary>The role and whether the caller's departments include the one under test.</summary>
public static class Callers
{
    public static (string Role, bool InDepartment) Describe(Caller caller) => caller switch
    {
        Caller.Admin => ("admin", false),
        Caller.Analyst => ("analyst", false),
        Caller.ManagerIn => ("manager", true),
        Caller.ManagerOut => ("manager", false),
        Caller.AgentIn => ("agent", true),
        Caller.AgentOut => ("agent", false),
        Caller.AuditorIn => ("auditor", true),
        Caller.AuditorOut => ("auditor", false),
        Caller.IntakeIn => ("intake", true),
        Caller.IntakeOut => ("intake", false),
        _ => ("", false),
    };

    /// <summary>Every authenticated caller.</summary>
    public static readonly Caller[] Authenticated = Enum.GetValues<Caller>().Where(c => c != Caller.Anonymous).ToArray();

    /// <summary>Staff who read a department's operational data: admin, analyst, its managers and agents.</summary>
    public static readonly Caller[] FeedbackReaders = [Caller.Admin, Caller.Analyst, Caller.ManagerIn, Caller.AgentIn];

    /// <summary>Readers of a department's audit records: admin, analyst, its managers, auditors and agents.</summary>
    public static readonly Caller[] AuditReaders = [Caller.Admin, Caller.Analyst, Caller.ManagerIn, Caller.AuditorIn, Caller.AgentIn];

    /// <summary>Readers of a department's reports: admin, analyst and its managers.</summary>
    public static readonly Caller[] ReportReaders = [Caller.Admin, Caller.Analyst, Caller.ManagerIn];

    /// <summary>Admin and the department's managers.</summary>
    public static readonly Caller[] Managers = [Caller.Admin, Caller.ManagerIn];
}
