using System.Globalization;
using System.Security.Claims;
using ServiceExcellence.Reporting.Metrics;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Reporting.Api;

/// <summary>
/// Who reads which reports: analysts and admins every department and the whole organisation; managers their own
/// departments and the departments below them; everyone else nothing (403).
/// </summary>
public sealed class ReportAccess(CurrentOrganisation organisation)
{
    /// <summary>
    /// Checks the caller and the department, and returns the scope the report covers with the tree it used (none for
    /// the whole organisation). The tree is held in memory, so a cached report needs no database round trip.
    /// </summary>
    public async Task<(ReportScope Scope, OrganisationTree? Tree)> ResolveAsync(
        ClaimsPrincipal user, string? departmentCode, string? includeSubDepartments, CancellationToken cancellationToken)
    {
        var includeSub = ParseFlag(includeSubDepartments);
        if (departmentCode is null)
        {
            EnsureReadsOrganisation(user);
            return (ReportScope.Organisation, null);
        }

        var tree = await organisation.GetHoldingAsync(departmentCode, cancellationToken);
        if (!tree.Departments.ContainsKey(departmentCode))
        {
            throw new RequestValidationException("departmentCode", $"Unknown department '{departmentCode}'.");
        }

        EnsureMayRead(user, departmentCode, tree);
        var departments = includeSub ? tree.Subtree(departmentCode) : [departmentCode];
        return (new ReportScope(departmentCode, departments, includeSub), tree);
    }

    public static void EnsureReadsOrganisation(ClaimsPrincipal user)
    {
        if (!user.HasAnyRole(Roles.Admin, Roles.Analyst))
        {
            throw new AccessDeniedException(
                $"'{user.Subject()}' may not read organisation-wide reports (needs role admin or analyst; managers name their department).");
        }
    }

    public static void EnsureAdmin(ClaimsPrincipal user)
    {
        if (!user.HasAnyRole(Roles.Admin))
        {
            throw new AccessDeniedException($"'{user.Subject()}' may not rebuild the read models (needs role admin).");
        }
    }

    private static void EnsureMayRead(ClaimsPrincipal user, string departmentCode, OrganisationTree tree)
    {
        if (user.HasAnyRole(Roles.Admin, Roles.Analyst))
        {
            return;
        }

        var own = user.Departments();
        if (!user.HasAnyRole(Roles.Manager) || !tree.SelfAndAncestors(departmentCode).Any(own.Contains))
        {
            throw new AccessDeniedException(
                $"'{user.Subject()}' may not read reports of department '{departmentCode}' " +
                "(needs role admin or analyst, or manager of it or of a department above it).");
        }
    }

    private static bool ParseFlag(string? value) => value switch
    {
        null => true,
        _ when bool.TryParse(value, out var flag) => flag,
        _ => throw new RequestValidationException("includeSubDepartments",
            string.Create(CultureInfo.InvariantCulture, $"'includeSubDepartments' must be true or false, not '{value}'.")),
    };
}
