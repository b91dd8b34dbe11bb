using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Testing;

/// <summary>Puts departments straight into a service's copy of the organisation, for tests of other features.</summary>
public static class KnownDepartments
{
    /// <summary>Registers <paramref name="code"/> (optionally under a parent) in the service's known departments.</summary>
    public static async Task<string> AddKnownDepartmentAsync<TContext>(this IServiceProvider services, string code, string? parentCode = null)
        where TContext : DbContext
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        db.Set<KnownDepartment>().Add(new KnownDepartment { Code = code, Name = code, ParentCode = parentCode, ChangedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return code;
    }
}
