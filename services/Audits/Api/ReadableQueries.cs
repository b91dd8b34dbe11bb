using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Audits.Domain;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Audits.Api;

/// <summary>The department scoping and paging every list endpoint applies.</summary>
internal static class ReadableQueries
{
    /// <summary>Records of <paramref name="departmentCode"/> (403 unless readable), or of every department the caller may read.</summary>
    public static IQueryable<T> ReadableBy<T>(this IQueryable<T> query, ClaimsPrincipal user, string? departmentCode)
        where T : class, IDepartmentRecord
    {
        if (departmentCode is not null)
        {
            var errors = new ValidationErrors();
            errors.CheckDepartmentCode(departmentCode);
            errors.ThrowIfAny();
            user.EnsureMayRead(departmentCode);
            return query.Where(r => r.DepartmentCode == departmentCode);
        }

        if (user.ReadableDepartments() is { } departments)
        {
            var codes = departments.ToArray();
            return query.Where(r => codes.Contains(r.DepartmentCode));
        }

        return query;
    }

    /// <summary>One page of the ordered query and the total over all pages.</summary>
    public static async Task<(List<T> Items, long Total)> PageAsync<T>(
        this IQueryable<T> query, Func<IQueryable<T>, IOrderedQueryable<T>> order, PageRequest paging, CancellationToken cancellationToken)
    {
        var total = await query.LongCountAsync(cancellationToken);
        var items = await order(query).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return (items, total);
    }
}
