using ServiceExcellence.Contracts;
using ServiceExcellence.Goals.Domain.Organisation;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Goals.Api.Organisation;

/// <summary>Body of <c>POST /api/organisation/departments</c>.</summary>
public sealed record RegisterDepartmentRequest(string? Code, string? Name, string? ParentCode) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        DepartmentFields.ValidateCode(errors, "code", Code, required: true);
        errors.RequireText("name", Name, Department.MaxNameLength);
        DepartmentFields.ValidateCode(errors, "parentCode", ParentCode, required: false);
    }
}

/// <summary>Body of <c>PUT /api/organisation/departments/{code}</c>: the department's whole new state.</summary>
public sealed record UpdateDepartmentRequest(string? Name, string? ParentCode) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("name", Name, Department.MaxNameLength);
        DepartmentFields.ValidateCode(errors, "parentCode", ParentCode, required: false);
    }
}

/// <summary>A department as the API shows it.</summary>
public sealed record DepartmentResponse(string Code, string Name, string? ParentCode, DateTimeOffset RegisteredAt, DateTimeOffset UpdatedAt)
{
    public static DepartmentResponse From(Department d) => new(d.Code, d.Name, d.ParentCode, d.RegisteredAt, d.UpdatedAt);
}

/// <summary>A department with its sub-departments, as <c>GET /api/organisation/departments</c> returns the tree.</summary>
public sealed record DepartmentNode(string Code, string Name, string? ParentCode, IReadOnlyList<DepartmentNode> Children);

internal static class DepartmentFields
{
    public static void ValidateCode(ValidationErrors errors, string field, string? code, bool required)
    {
        if (string.IsNullOrEmpty(code))
        {
            if (required)
            {
                errors.Add(field, $"'{field}' is required.");
            }

            return;
        }

        if (!DepartmentCode.IsValid(code))
        {
            errors.Add(field, $"'{field}' must be a lowercase slug of letters, digits and single hyphens " +
                $"(e.g. call-centre), at most {DepartmentCode.MaxLength} characters.");
        }
    }
}

/// <summary>How many departments' states were queued for publishing again.</summary>
public sealed record RepublishedDepartments(int Departments);
