using System.Security.Claims;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>
/// Who may do what with goals (DOMAIN §1): managers set and adjust the goals of their departments (admins all);
/// a KPI's owner records its manual measurements; analysts and admins read everything, managers their departments,
/// and owners the goals they own.
/// </summary>
internal static class GoalAccess
{
    public static void EnsureMayManage(this ClaimsPrincipal user, string departmentCode) =>
        user.EnsureMayActIn(departmentCode, Roles.Manager);

    public static bool ReadsAllDepartments(this ClaimsPrincipal user) => user.HasAnyRole(Roles.Admin, Roles.Analyst);

    public static void EnsureMayRead(this ClaimsPrincipal user, Goal goal)
    {
        if (!user.ReadsAllDepartments() && !user.MayActIn(goal.DepartmentCode, Roles.Manager) && !user.Owns(goal))
        {
            throw new AccessDeniedException(
                $"'{user.Subject()}' may not read goals of department '{goal.DepartmentCode}' (needs admin, analyst, its manager or the owner).");
        }
    }

    /// <summary>The KPI's owner (or the goal's, when the KPI names none) and the department's managers.</summary>
    public static void EnsureMayMeasure(this ClaimsPrincipal user, Goal goal, Kpi kpi)
    {
        var owner = kpi.OwnerId ?? goal.OwnerId;
        if (owner is not null && owner == user.Subject())
        {
            return;
        }

        user.EnsureMayActIn(goal.DepartmentCode, Roles.Manager);
    }

    public static bool Owns(this ClaimsPrincipal user, Goal goal)
    {
        var subject = user.Subject();
        return goal.OwnerId == subject || goal.Kpis.Any(k => k.OwnerId == subject);
    }
}
