using ServiceExcellence.Goals.Domain.Organisation;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Goals.Api.Organisation;

/// <summary>Body of <c>POST /api/organisation/staff</c>.</summary>
public sealed record RegisterStaffRequest(string? Id, string? Name, string? DepartmentCode, string? Team) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("id", Id, StaffMember.MaxIdLength);
        errors.RequireText("name", Name, StaffMember.MaxNameLength);
        DepartmentFields.ValidateCode(errors, "departmentCode", DepartmentCode, required: true);
        if (Team is { Length: > StaffMember.MaxTeamLength })
        {
            errors.Add("team", $"'team' must be at most {StaffMember.MaxTeamLength} characters.");
        }
    }
}

/// <summary>A staff member as the API shows them.</summary>
public sealed record StaffResponse(string Id, string Name, string DepartmentCode, string? Team, DateTimeOffset RegisteredAt)
{
    public static StaffResponse From(StaffMember s) => new(s.Id, s.Name, s.DepartmentCode, s.Team, s.RegisteredAt);
}
