using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Goals.Api.Organisation;

/// <summary>Routes of <c>/api/organisation</c>: the department tree and staff (DOMAIN §1).</summary>
public static class OrganisationApi
{
    public static IEndpointRouteBuilder MapOrganisationApi(this IEndpointRouteBuilder endpoints)
    {
        var organisation = endpoints.MapGroup("/api/organisation").WithTags("Organisation").RequireAuthorization();

        organisation.MapPost("/departments", DepartmentEndpoints.Register).Validate<RegisterDepartmentRequest>()
            .WithSummary("Register a department").ProducesProblem(StatusCodes.Status409Conflict);
        organisation.MapGet("/departments", DepartmentEndpoints.Tree).WithSummary("The department tree");
        organisation.MapGet("/departments/{code}", DepartmentEndpoints.Get).WithSummary("One department");
        organisation.MapPost("/departments/republish", DepartmentEndpoints.Republish)
            .WithSummary("Publish every department's current state again, for copies that missed events (admin)");
        organisation.MapPut("/departments/{code}", DepartmentEndpoints.Update).Validate<UpdateDepartmentRequest>()
            .WithSummary("Rename or move a department").ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        organisation.MapPost("/staff", StaffEndpoints.Register).Validate<RegisterStaffRequest>()
            .WithSummary("Register a staff member").ProducesProblem(StatusCodes.Status409Conflict);
        organisation.MapGet("/staff", StaffEndpoints.List).WithSummary("Staff, paged, optionally of one department");
        return endpoints;
    }
}
