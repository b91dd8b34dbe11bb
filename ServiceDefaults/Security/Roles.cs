namespace ServiceExcellence.ServiceDefaults.Security;

/// <summary>The roles of DOMAIN §1 as they appear in the <c>role</c> claim.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Manager = "manager";
    public const string Agent = "agent";
    public const string Auditor = "auditor";
    public const string Analyst = "analyst";
    public const string Intake = "intake";

    public static IReadOnlySet<string> All { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Admin, Manager, Agent, Auditor, Analyst, Intake };
}

/// <summary>Claim types of the suite's tokens.</summary>
public static class SuiteClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Department = "dept";
}
