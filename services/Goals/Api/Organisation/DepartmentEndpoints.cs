using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Contracts.Organisation;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Organisation;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Goals.Api.Organisation;

/// <summary>Handlers for registering, renaming, moving and reading departments.</summary>
internal static class DepartmentEndpoints
{
    /// <summary>Admins register any department; a manager may add sub-departments under their own.</summary>
    public static async Task<Created<DepartmentResponse>> Register(
        RegisterDepartmentRequest request, ClaimsPrincipal user, GoalsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var code = request.Code!;
        EnsureMayPlaceUnder(user, request.ParentCode);
        await EnsureParentExistsAsync(db, request.ParentCode, cancellationToken);
        if (await db.Departments.AnyAsync(d => d.Code == code, cancellationToken))
        {
            throw new ConflictException("Department already registered", $"A department with code '{code}' already exists.")
            {
                Errors = new Dictionary<string, string[]> { ["code"] = [$"'{code}' is already taken."] },
            };
        }

        var now = time.GetUtcNow();
        var department = Department.Register(code, request.Name!, request.ParentCode, now);
        db.Departments.Add(department);
        db.AddIntegrationEvent(new DepartmentRegistered(Guid.CreateVersion7(now), now, department.Code, department.Name, department.ParentCode));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/organisation/departments/{code}", DepartmentResponse.From(department));
    }

    /// <summary>Renaming needs the department's manager; moving it also needs the right to place it under the new parent.</summary>
    public static async Task<Ok<DepartmentResponse>> Update(
        string code, UpdateDepartmentRequest request, ClaimsPrincipal user, GoalsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Code == code, cancellationToken)
            ?? throw new NotFoundException("Department", code);
        user.EnsureMayActIn(code, Roles.Manager);
        if (request.ParentCode != department.ParentCode)
        {
            EnsureMayPlaceUnder(user, request.ParentCode);
            await EnsureParentExistsAsync(db, request.ParentCode, cancellationToken);
            var parentOf = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.ParentCode, cancellationToken);
            if (OrganisationTree.WouldCreateCycle(code, request.ParentCode, parentOf))
            {
                throw new RuleViolationException("Cycle in the organisation tree",
                    $"'{request.ParentCode}' is '{code}' itself or one of its sub-departments, so it cannot be its parent.")
                {
                    Errors = new Dictionary<string, string[]> { ["parentCode"] = ["Would make the department its own ancestor."] },
                };
            }
        }

        var now = time.GetUtcNow();
        if (department.Update(request.Name!, request.ParentCode, now))
        {
            db.AddIntegrationEvent(new DepartmentUpdated(Guid.CreateVersion7(now), now, department.Code, department.Name, department.ParentCode));
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(DepartmentResponse.From(department));
    }

    /// <summary>
    /// Publishes every department's current state again (admin): how a copy that missed events catches up, e.g. a
    /// service that started keeping a copy after departments were registered, or a restored database. Each event carries
    /// the state's own time, so a copy that already holds it, or something newer, keeps what it has.
    /// </summary>
    public static async Task<Accepted<RepublishedDepartments>> Republish(ClaimsPrincipal user, GoalsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!user.HasAnyRole(Roles.Admin))
        {
            throw new AccessDeniedException($"Only an admin may republish the organisation ('{user.Subject()}' is not).");
        }

        var now = time.GetUtcNow();
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        foreach (var department in departments)
        {
            db.AddIntegrationEvent(new DepartmentUpdated(Guid.CreateVersion7(now), department.UpdatedAt, department.Code, department.Name, department.ParentCode));
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null, new RepublishedDepartments(departments.Count));
    }

    public static async Task<Ok<DepartmentResponse>> Get(string code, GoalsDbContext db, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Code == code, cancellationToken)
            ?? throw new NotFoundException("Department", code);
        return TypedResults.Ok(DepartmentResponse.From(department));
    }

    /// <summary>The whole tree in one query; roots first, children sorted by code.</summary>
    public static async Task<Ok<IReadOnlyList<DepartmentNode>>> Tree(GoalsDbContext db, CancellationToken cancellationToken)
    {
        var all = await db.Departments.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new { d.Code, d.Name, d.ParentCode }).ToListAsync(cancellationToken);
        var childrenOf = all.ToLookup(d => d.ParentCode ?? "");

        IReadOnlyList<DepartmentNode> Build(string parent) =>
            childrenOf[parent].Select(d => new DepartmentNode(d.Code, d.Name, d.ParentCode, Build(d.Code))).ToList();

        return TypedResults.Ok(Build(""));
    }

    private static void EnsureMayPlaceUnder(ClaimsPrincipal user, string? parentCode)
    {
        if (parentCode is null)
        {
            if (!user.HasAnyRole(Roles.Admin))
            {
                throw new AccessDeniedException($"Only an admin may register or move a top-level department ('{user.Subject()}' is not).");
            }

            return;
        }

        user.EnsureMayActIn(parentCode, Roles.Manager);
    }

    private static async Task EnsureParentExistsAsync(GoalsDbContext db, string? parentCode, CancellationToken cancellationToken)
    {
        if (parentCode is not null && !await db.Departments.AnyAsync(d => d.Code == parentCode, cancellationToken))
        {
            throw new RequestValidationException("parentCode", $"Unknown department '{parentCode}'.");
        }
    }
}
