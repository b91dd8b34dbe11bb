using System.Security.Claims;
using ServiceExcellence.ServiceDefaults.Errors;

namespace ServiceExcellence.ServiceDefaults.Security;

/// <summary>Department scoping of DOMAIN §1: a caller acts only in the departments named by its <c>dept</c> claims.</summary>
public static class DepartmentAccess
{
    public static string Subject(this ClaimsPrincipal user) => user.FindFirstValue(SuiteClaims.Subject) ?? "anonymous";

    public static IReadOnlySet<string> Departments(this ClaimsPrincipal user) =>
        user.FindAll(SuiteClaims.Department).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    public static bool HasAnyRole(this ClaimsPrincipal user, params ReadOnlySpan<string> roles)
    {
        foreach (var role in roles)
        {
            if (user.HasClaim(SuiteClaims.Role, role))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for admins, and for callers holding one of <paramref name="roles"/> with a <c>dept</c> claim for the department.
    /// </summary>
    public static bool MayActIn(this ClaimsPrincipal user, string departmentCode, params ReadOnlySpan<string> roles) =>
        user.HasClaim(SuiteClaims.Role, Roles.Admin) ||
        (user.HasAnyRole(roles) && user.HasClaim(SuiteClaims.Department, departmentCode));

    /// <summary>Throws <see cref="AccessDeniedException"/> (403, logged by the exception handler) unless <see cref="MayActIn"/>.</summary>
    public static void EnsureMayActIn(this ClaimsPrincipal user, string departmentCode, params ReadOnlySpan<string> roles)
    {
        if (!user.MayActIn(departmentCode, roles))
        {
            throw new AccessDeniedException(
                $"'{user.Subject()}' may not do this in department '{departmentCode}' " +
                $"(needs role {string.Join(" or ", roles.ToArray().Prepend(Roles.Admin))} for that department).");
        }
    }
}
