using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Complaints;

namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>Reads a department's SLA overrides (one primary-key lookup each), falling back to the suite defaults.</summary>
internal static class SlaOverrides
{
    public static async Task<IReadOnlyList<SlaPolicy>> OfDepartmentAsync(
        FeedbackDbContext db, string departmentCode, CancellationToken cancellationToken)
    {
        var rows = await db.Set<DepartmentSlaOverride>().AsNoTracking()
            .Where(o => o.DepartmentCode == departmentCode).ToListAsync(cancellationToken);
        return rows.Select(o => o.ToPolicy()).ToList();
    }

    /// <summary>The policy a complaint of <paramref name="severity"/> opened (or reopened) now in the department gets.</summary>
    public static async Task<SlaPolicy> ForAsync(
        FeedbackDbContext db, string departmentCode, Severity severity, CancellationToken cancellationToken)
    {
        var row = await db.Set<DepartmentSlaOverride>().AsNoTracking()
            .SingleOrDefaultAsync(o => o.DepartmentCode == departmentCode && o.Severity == severity, cancellationToken);
        return row?.ToPolicy() ?? SlaPolicies.Default(severity);
    }
}
