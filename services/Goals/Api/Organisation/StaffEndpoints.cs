using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Contracts.Organisation;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Organisation;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Goals.Api.Organisation;

/// <summary>Handlers for registering and listing staff.</summary>
internal static class StaffEndpoints
{
    public static async Task<Created<StaffResponse>> Register(
        RegisterStaffRequest request, ClaimsPrincipal user, GoalsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var departmentCode = request.DepartmentCode!;
        user.EnsureMayActIn(departmentCode, Roles.Manager);
        if (!await db.Departments.AnyAsync(d => d.Code == departmentCode, cancellationToken))
        {
            throw new RequestValidationException("departmentCode", $"Unknown department '{departmentCode}'.");
        }

        var id = request.Id!.Trim();
        if (await db.Staff.AnyAsync(s => s.Id == id, cancellationToken))
        {
            throw new ConflictException("Staff member already registered", $"A staff member with id '{id}' already exists.")
            {
                Errors = new Dictionary<string, string[]> { ["id"] = [$"'{id}' is already taken."] },
            };
        }

        var now = time.GetUtcNow();
        var staff = StaffMember.Register(id, request.Name!, departmentCode, request.Team, now);
        db.Staff.Add(staff);
        db.AddIntegrationEvent(new StaffRegistered(Guid.CreateVersion7(now), now, departmentCode, staff.Id, staff.Name, staff.Team));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/organisation/staff/{Uri.EscapeDataString(staff.Id)}", StaffResponse.From(staff));
    }

    public static async Task<Ok<PagedResult<StaffResponse>>> List(
        string? departmentCode, int? page, int? pageSize, GoalsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        errors.CheckDepartmentCode(departmentCode);
        errors.ThrowIfAny();

        var query = db.Staff.AsNoTracking();
        if (departmentCode is not null)
        {
            query = query.Where(s => s.DepartmentCode == departmentCode);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(s => s.DepartmentCode).ThenBy(s => s.Id).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<StaffResponse>(items.Select(StaffResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }
}
