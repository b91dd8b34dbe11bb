using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.ServiceDefaults.Errors;

namespace ServiceExcellence.ServiceDefaults.Organisation;

/// <summary>Wires a service's copy of the organisation: its consumer and a read endpoint for operators.</summary>
public static class DepartmentDirectoryExtensions
{
    /// <summary>One queue, <c>{service}-department-directory</c>, receives both organisation events.</summary>
    public static IBusRegistrationConfigurator AddDepartmentDirectory<TContext>(this IBusRegistrationConfigurator bus, string service)
        where TContext : DbContext
    {
        bus.AddConsumer<DepartmentDirectoryConsumer<TContext>>()
            .Endpoint(endpoint => endpoint.Name = $"{service}-department-directory");
        bus.AddSingleton<KnownDepartmentCodes<TContext>>();
        return bus;
    }

    /// <summary><c>GET {pattern}</c>: the departments this service knows, to check that the organisation reached it.</summary>
    public static RouteHandlerBuilder MapDepartmentDirectory<TContext>(this IEndpointRouteBuilder endpoints, string pattern)
        where TContext : DbContext =>
        endpoints.MapGet(pattern, async (TContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.Set<KnownDepartment>().AsNoTracking().OrderBy(d => d.Code)
                    .Select(d => new KnownDepartmentResponse(d.Code, d.Name, d.ParentCode, d.ChangedAt))
                    .ToListAsync(cancellationToken)))
            .RequireAuthorization()
            .WithTags("Organisation")
            .WithSummary("Departments known to this service (its copy of the organisation)");

    /// <summary>A department this service has not heard of (from Goals' events) is bad input: 400 naming <c>departmentCode</c>.</summary>
    public static async Task EnsureKnownDepartmentAsync(this DbContext db, string departmentCode, CancellationToken cancellationToken)
    {
        if (!await db.IsKnownDepartmentAsync(departmentCode, cancellationToken))
        {
            throw new RequestValidationException("departmentCode", $"Unknown department '{departmentCode}'.");
        }
    }

    /// <summary>Whether the code names a department this service has heard of.</summary>
    public static Task<bool> IsKnownDepartmentAsync(this DbContext db, string code, CancellationToken cancellationToken) =>
        db.Set<KnownDepartment>().AnyAsync(d => d.Code == code, cancellationToken);
}

/// <summary>A department as a service knows it.</summary>
public sealed record KnownDepartmentResponse(string Code, string Name, string? ParentCode, DateTimeOffset ChangedAt);
