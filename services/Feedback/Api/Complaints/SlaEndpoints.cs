using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Complaints;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>Handlers for reading and setting a department's complaint SLA; changes apply to complaints opened afterwards.</summary>
internal static class SlaEndpoints
{
    public static async Task<Ok<SlaResponse>> Get(
        string? departmentCode, ClaimsPrincipal user, FeedbackDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(departmentCode))
        {
            throw new RequestValidationException("departmentCode", "'departmentCode' is required.");
        }

        user.EnsureMayRead(departmentCode);
        await db.EnsureKnownDepartmentAsync(departmentCode, cancellationToken);
        return TypedResults.Ok(SlaResponse.From(departmentCode, await SlaOverrides.OfDepartmentAsync(db, departmentCode, cancellationToken)));
    }

    /// <summary>Replaces the department's overrides in one transaction, so readers see the old set or the new one.</summary>
    public static async Task<Ok<SlaResponse>> Set(
        string departmentCode, SetSlaRequest request, ClaimsPrincipal user, FeedbackDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        user.EnsureMaySetSla(departmentCode);
        await db.EnsureKnownDepartmentAsync(departmentCode, cancellationToken);

        var policies = request.ToPolicies();
        var now = time.StoredNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<DepartmentSlaOverride>().Where(o => o.DepartmentCode == departmentCode).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(policies.Select(p => DepartmentSlaOverride.Set(departmentCode, p, user.Subject(), now)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(SlaResponse.From(departmentCode, policies));
    }
}
