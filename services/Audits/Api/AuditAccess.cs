using System.Security.Claims;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Audits.Api;

/// <summary>
/// Who may do what in Audits (DOMAIN §1): staff read within their departments (admins and analysts everywhere);
/// auditors and managers record audits and assess staff in their departments; managers publish their department's
/// standards and own its corrective actions; managers and auditors verify actions; admins do everything. Denials are
/// 403 problem details, logged by the exception handler.
/// </summary>
internal static class AuditAccess
{
    public static bool ReadsAllDepartments(this ClaimsPrincipal user) => user.HasAnyRole(Roles.Admin, Roles.Analyst);

    public static void EnsureMayRead(this ClaimsPrincipal user, string departmentCode)
    {
        if (!user.ReadsAllDepartments())
        {
            user.EnsureMayActIn(departmentCode, Roles.Manager, Roles.Auditor, Roles.Agent);
        }
    }

    /// <summary>The departments whose records the caller may list when naming none; null means all of them.</summary>
    public static IReadOnlySet<string>? ReadableDepartments(this ClaimsPrincipal user)
    {
        if (user.ReadsAllDepartments())
        {
            return null;
        }

        if (!user.HasAnyRole(Roles.Manager, Roles.Auditor, Roles.Agent))
        {
            throw new AccessDeniedException(
                $"'{user.Subject()}' may not read audit records (needs role admin, analyst, manager, auditor or agent).");
        }

        return user.Departments();
    }

    /// <summary>A department's standard: its manager or an admin; a standard for every department: admins only.</summary>
    public static void EnsureMayPublishStandard(this ClaimsPrincipal user, string? departmentCode)
    {
        if (departmentCode is not null)
        {
            user.EnsureMayActIn(departmentCode, Roles.Manager);
        }
        else if (!user.HasAnyRole(Roles.Admin))
        {
            throw new AccessDeniedException($"'{user.Subject()}' may not publish a standard for every department (admin only).");
        }
    }

    public static void EnsureMayRecordAudit(this ClaimsPrincipal user, string departmentCode) =>
        user.EnsureMayActIn(departmentCode, Roles.Auditor, Roles.Manager);

    /// <summary>Raising nonconformities by hand and planning, starting and completing their actions.</summary>
    public static void EnsureMayManageActions(this ClaimsPrincipal user, string departmentCode) =>
        user.EnsureMayActIn(departmentCode, Roles.Manager);

    public static void EnsureMayVerify(this ClaimsPrincipal user, string departmentCode) =>
        user.EnsureMayActIn(departmentCode, Roles.Manager, Roles.Auditor);

    public static void EnsureMayAssessStaff(this ClaimsPrincipal user, string departmentCode) =>
        user.EnsureMayActIn(departmentCode, Roles.Manager, Roles.Auditor);
}
