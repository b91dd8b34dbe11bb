using System.Security.Claims;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Feedback.Analysis.Api;

/// <summary>The department checks the text-analysis endpoints share.</summary>
internal static class DepartmentChecks
{
    /// <summary>The department is required and must be known (400 naming <c>departmentCode</c>).</summary>
    public static async Task EnsureKnownDepartmentAsync(this FeedbackDbContext db, string? departmentCode, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(departmentCode))
        {
            throw new RequestValidationException("departmentCode", "'departmentCode' is required.");
        }

        var errors = new ValidationErrors();
        errors.CheckDepartmentCode(departmentCode);
        errors.ThrowIfAny();

        await DepartmentDirectoryExtensions.EnsureKnownDepartmentAsync(db, departmentCode, ct);
    }

    /// <summary>Analysts read every department; others need one of <paramref name="roles"/> in it (or admin).</summary>
    public static void EnsureMayRead(this ClaimsPrincipal user, string departmentCode, params ReadOnlySpan<string> roles)
    {
        if (!user.HasAnyRole(Roles.Analyst))
        {
            user.EnsureMayActIn(departmentCode, roles);
        }
    }
}
