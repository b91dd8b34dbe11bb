using System.Security.Claims;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>
/// Who may do what with complaints (DOMAIN §1): agents and managers open and handle them in their departments, admins
/// everywhere; analysts read all departments; managers alone set a department's SLA; intake clients have no access.
/// </summary>
internal static class ComplaintAccess
{
    public static void EnsureMayHandle(this ClaimsPrincipal user, string departmentCode) =>
        user.EnsureMayActIn(departmentCode, Roles.Agent, Roles.Manager);

    public static void EnsureMaySetSla(this ClaimsPrincipal user, string departmentCode) =>
        user.EnsureMayActIn(departmentCode, Roles.Manager);

    public static bool ReadsAllDepartments(this ClaimsPrincipal user) => user.HasAnyRole(Roles.Admin, Roles.Analyst);

    public static void EnsureMayRead(this ClaimsPrincipal user, string departmentCode)
    {
        if (!user.ReadsAllDepartments())
        {
            user.EnsureMayActIn(departmentCode, Roles.Agent, Roles.Manager);
        }
    }

    /// <summary>The departments whose complaints the caller may list when naming none; null means all of them.</summary>
    public static IReadOnlySet<string>? ReadableDepartments(this ClaimsPrincipal user)
    {
        if (user.ReadsAllDepartments())
        {
            return null;
        }

        if (!user.HasAnyRole(Roles.Agent, Roles.Manager))
        {
            throw new AccessDeniedException($"'{user.Subject()}' may not read complaints (needs role admin, analyst, manager or agent).");
        }

        return user.Departments();
    }
}
